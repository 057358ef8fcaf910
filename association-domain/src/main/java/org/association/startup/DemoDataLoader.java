package org.association.startup;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.association.account.entity.Role;
import org.association.common.AssociationClock;
import org.association.common.ContentChanged;
import org.association.common.EntityStore;
import org.association.content.boundary.ArticleService;
import org.association.content.boundary.AttachmentService;
import org.association.content.boundary.ChannelService;
import org.association.content.entity.Article;
import org.association.content.entity.ArticleStatus;
import org.association.content.entity.Attachment;
import org.association.content.entity.Channel;
import org.association.content.entity.ChannelKind;
import org.association.content.entity.Language;
import org.association.events.boundary.EventRegistrations;
import org.association.events.boundary.EventService;
import org.association.common.SecretToken;
import org.association.events.entity.CmeCategory;
import org.association.events.entity.EventStatus;
import org.association.events.entity.EventQuestion;
import org.association.events.entity.QuestionKind;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationType;
import org.association.membership.boundary.MemberService;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.Member;
import org.association.membership.entity.MemberStatus;
import org.association.membership.entity.UnifiedSocialCreditCode;
import org.association.organization.boundary.AppointmentService;
import org.association.organization.boundary.DepartmentService;
import org.association.organization.entity.Appointment;
import org.association.organization.entity.Department;
import org.association.organization.entity.DepartmentKind;
import org.association.organization.entity.Position;
import org.association.portal.boundary.MemberContacts;

/**
 * The demo content, written through the application's own services so that it obeys every rule a
 * user's input obeys: the channel tree, the seed activity of 25 January 2024 with its three photos,
 * the people and bodies that page names, enough further members and articles to browse, and their dues.
 */
@Stateless
@RunAs(Role.ADMIN_NAME)
public class DemoDataLoader {

    static final String STEP = "demo-data";
    static final String ADMINISTRATOR = "管理员";
    static final String REASON = "demo data";

    private static final String ELECTED = "成都高新医学会第二届会员代表大会（2021年12月18日）";
    private static final String SECRETARIAT_MEETING = "秘书长办公会（2024年1月2日）";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<ContentChanged> changes;

    @Inject
    private AssociationClock clock;

    @Inject
    private MemberContacts contacts;

    @Inject
    private ChannelService channels;

    @Inject
    private ArticleService articles;

    @Inject
    private AttachmentService attachments;

    @Inject
    private MemberService members;

    @Inject
    private EventService events;

    @Inject
    private EventRegistrations registrations;

    @Inject
    private EntityStore store;

    @Inject
    private DepartmentService departments;

    @Inject
    private AppointmentService appointments;

    @Inject
    private DemoDues dues;

    private final Map<String, Channel> channelBySlug = new HashMap<>();
    private final Map<String, Department> departmentByCode = new HashMap<>();

    public boolean isLoaded() {
        return em.find(InstallationStep.class, STEP) != null;
    }

    /**
     * Loads everything in this one transaction, unless it was loaded before; true when it loaded now.
     * Its own transaction, whoever calls: a server that loses the race to another rolls back this alone.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean loadIfNew() {
        if (isLoaded()) {
            return false;
        }
        // claim the step first: a second server doing the same fails here and rolls back
        em.persist(new InstallationStep(STEP, clock.now()));
        em.flush();
        channelBySlug.clear();
        departmentByCode.clear();
        createChannels();
        createDepartments();
        createPeople();
        createSeedActivity();
        createFurtherArticles();
        createUpcomingConference();
        createPastWorkMeeting();
        dues.create(clock.today(), REASON);
        // written while this call runs: at the commit after it, the entity listeners could no longer ask who the caller is
        em.flush();
        // what servers keep derived from the database (menu, search index) was read before this commit,
        // perhaps on another server of a cluster
        changes.fire(new ContentChanged("Channel", null));
        changes.fire(new ContentChanged("Article", null));
        return true;
    }

    private void createChannels() {
        channel("about", null, ChannelKind.GROUP, "关于学会", "About");
        channel("introduction", "about", ChannelKind.PAGE, "学会简介", "Introduction");
        channel("articles-of-association", "about", ChannelKind.PAGE, "学会章程", "Articles of Association");
        channel("leadership", "about", ChannelKind.LEADERSHIP, "学会领导", "Leadership");
        channel("secretariat", "about", ChannelKind.SECRETARIAT, "秘书处", "Secretariat");
        channel("news", null, ChannelKind.ARTICLES, "新闻中心", "News");
        channel("association-news", "news", ChannelKind.ARTICLES, "学会新闻", "Association News");
        channel("notices", "news", ChannelKind.ARTICLES, "通知公告", "Notices");
        channel("service", null, ChannelKind.ARTICLES, "学会服务", "Service");
        channel("activities", "service", ChannelKind.ARTICLES, "学会活动", "Activities");
        channel("training", "service", ChannelKind.ARTICLES, "继续教育", "Training");
        channel("party-building", null, ChannelKind.ARTICLES, "党建工作", "Party Building");
        channel("special-committees", null, ChannelKind.ARTICLES, "专业委员会", "Special Committees");
        channel("membership", null, ChannelKind.GROUP, "会员服务", "Membership");
        channel("join", "membership", ChannelKind.MEMBERSHIP_APPLICATION, "入会申请", "Join");
        channel("directory", "membership", ChannelKind.MEMBER_DIRECTORY, "会员单位", "Member Directory");
    }

    private void channel(String slug, String parentSlug, ChannelKind kind, String nameZh, String nameEn) {
        Channel channel = new Channel(slug, kind, nameZh, nameEn);
        channel.setParent(parentSlug == null ? null : channelBySlug.get(parentSlug));
        channel.setPosition(channelBySlug.size());
        channelBySlug.put(slug, channels.create(channel, REASON));
    }

    private void createDepartments() {
        department("SECRETARIAT", null, DepartmentKind.OFFICE, "秘书处", "Secretariat",
                "学会的常设办事机构，在秘书长领导下处理学会日常工作。");
        department("SEC-GENERAL", "SECRETARIAT", DepartmentKind.SECRETARIAT_DEPARTMENT, "综合部", "Comprehensive Department",
                "负责行政、文秘、档案、信息宣传和后勤保障。");
        department("SEC-ACADEMIC", "SECRETARIAT", DepartmentKind.SECRETARIAT_DEPARTMENT, "学术部", "Academic Department",
                "组织学术会议、学术交流和科研项目。");
        department("SEC-MEMBERS", "SECRETARIAT", DepartmentKind.SECRETARIAT_DEPARTMENT, "会员部", "Membership Department",
                "负责会员发展、会员管理和会员服务。");
        department("SEC-TRAINING", "SECRETARIAT", DepartmentKind.SECRETARIAT_DEPARTMENT, "继续教育部",
                "Continuing Education Department",
                "组织继续医学教育项目和基层卫生人员培训。");
        department("SEC-FINANCE", "SECRETARIAT", DepartmentKind.SECRETARIAT_DEPARTMENT, "财务部", "Finance Department",
                "负责学会财务管理和会费收缴。");
        department("PARTY-BRANCH", null, DepartmentKind.BRANCH, "党支部", "Party Branch",
                "学会秘书处党支部。");
        department("TRADE-UNION", null, DepartmentKind.OFFICE, "工会", "Trade Union",
                "学会秘书处工会委员会。");
        department("CMTE-GP", null, DepartmentKind.SPECIAL_COMMITTEE, "全科医学专业委员会", "General Practice Committee",
                "推动全科医学学科建设和基层首诊。");
        department("CMTE-QUALITY", null, DepartmentKind.SPECIAL_COMMITTEE, "医疗质量管理专业委员会",
                "Medical Quality Management Committee", "推动医疗质量与患者安全持续改进。");
    }

    private void department(String code, String parentCode, DepartmentKind kind, String nameZh, String nameEn,
            String descriptionZh) {
        Department department = new Department(code, kind, nameZh, nameEn);
        department.setParent(parentCode == null ? null : departmentByCode.get(parentCode));
        department.setDescriptionZh(descriptionZh);
        department.setPosition(departmentByCode.size());
        departmentByCode.put(code, departments.create(department, REASON));
    }

    private void createPeople() {
        LocalDate elected = LocalDate.of(2021, 12, 18);
        LocalDate deployed = LocalDate.of(2024, 1, 2);
        Member zhao = physician(1, "赵聪", "Zhao Cong", "主任医师", "心血管内科", "成都高新区人民医院", LocalDate.of(2016, 5, 20));
        Member cheng = physician(2, "程敏", "Cheng Min", "主任医师", "妇产科", "成都高新区妇幼保健院", LocalDate.of(2016, 5, 20));
        Member zeng = physician(3, "曾斌", "Zeng Bin", "副主任医师", "卫生管理", "成都高新医学会秘书处", LocalDate.of(2017, 3, 1));
        appoint(zhao, null, Position.PRESIDENT, elected, ELECTED);
        appoint(cheng, null, Position.VICE_PRESIDENT, elected, ELECTED);
        appoint(zeng, null, Position.SECRETARY_GENERAL, elected, ELECTED);
        appoint(zeng, "PARTY-BRANCH", Position.HEAD, LocalDate.of(2022, 3, 8), "党支部党员大会（2022年3月8日）");
        appoint(zeng, "SECRETARIAT", Position.HEAD, elected, ELECTED);

        appoint(physician(4, "刘芳", "Liu Fang", "主治医师", "卫生管理", "成都高新医学会秘书处", LocalDate.of(2018, 7, 1)),
                "SEC-GENERAL", Position.HEAD, deployed, SECRETARIAT_MEETING);
        appoint(physician(5, "王磊", "Wang Lei", "副主任医师", "神经内科", "成都高新区人民医院", LocalDate.of(2018, 7, 1)),
                "SEC-ACADEMIC", Position.HEAD, deployed, SECRETARIAT_MEETING);
        appoint(physician(6, "陈静", "Chen Jing", "主管护师", "护理管理", "成都高新医学会秘书处", LocalDate.of(2019, 1, 10)),
                "SEC-MEMBERS", Position.HEAD, deployed, SECRETARIAT_MEETING);
        appoint(physician(7, "杨洋", "Yang Yang", "主治医师", "全科医学", "成都高新区芳草社区卫生服务中心", LocalDate.of(2019, 1, 10)),
                "SEC-TRAINING", Position.HEAD, deployed, SECRETARIAT_MEETING);
        appoint(physician(8, "黄丽", "Huang Li", "会计师", "财务管理", "成都高新医学会秘书处", LocalDate.of(2019, 4, 2)),
                "SEC-FINANCE", Position.HEAD, deployed, SECRETARIAT_MEETING);
        appoint(physician(9, "周涛", "Zhou Tao", "主治医师", "急诊医学", "成都高新区人民医院", LocalDate.of(2019, 4, 2)),
                "TRADE-UNION", Position.HEAD, LocalDate.of(2022, 5, 4), "工会会员大会（2022年5月4日）");
        appoint(physician(10, "吴敏", "Wu Min", "主任医师", "全科医学", "成都高新区石羊社区卫生服务中心", LocalDate.of(2017, 9, 15)),
                "CMTE-GP", Position.COMMITTEE_CHAIR, LocalDate.of(2022, 6, 18), "全科医学专业委员会成立大会（2022年6月18日）");
        appoint(physician(11, "徐建国", "Xu Jianguo", "主任医师", "医疗质量管理", "成都高新区人民医院", LocalDate.of(2017, 9, 15)),
                "CMTE-QUALITY", Position.COMMITTEE_CHAIR, LocalDate.of(2022, 9, 20), "医疗质量管理专业委员会成立大会（2022年9月20日）");
        appoint(physician(12, "孙伟", "Sun Wei", "医师", "卫生管理", "成都高新医学会秘书处", LocalDate.of(2021, 3, 1)),
                "SEC-GENERAL", Position.DEPUTY_HEAD, deployed, SECRETARIAT_MEETING);
        appoint(physician(13, "马丽娟", "Ma Lijuan", "主任医师", "儿科", "成都高新区妇幼保健院", LocalDate.of(2016, 5, 20)),
                null, Position.COUNCIL_MEMBER, elected, ELECTED);
        appoint(physician(14, "胡军", "Hu Jun", "主任医师", "骨科", "成都高新区人民医院", LocalDate.of(2016, 5, 20)),
                null, Position.COUNCIL_MEMBER, elected, ELECTED);

        String[][] physicians = {
            {"朱红", "Zhu Hong", "副主任医师", "内分泌科", "成都高新区人民医院"},
            {"郭强", "Guo Qiang", "主治医师", "普通外科", "成都高新区人民医院"},
            {"林晓燕", "Lin Xiaoyan", "主治医师", "儿科", "成都高新区妇幼保健院"},
            {"何勇", "He Yong", "副主任医师", "呼吸与危重症医学科", "成都高新区人民医院"},
            {"高洁", "Gao Jie", "医师", "全科医学", "成都高新区芳草社区卫生服务中心"},
            {"罗斌", "Luo Bin", "主治医师", "中医内科", "成都高新区中医医院"},
            {"郑华", "Zheng Hua", "主任医师", "口腔科", "成都天府口腔医院"},
            {"梁晨", "Liang Chen", "主治医师", "眼科", "成都高新锦城眼科医院"},
            {"谢婷", "Xie Ting", "医师", "预防医学", "成都高新区疾病预防控制中心"},
            {"宋佳", "Song Jia", "主治医师", "超声医学科", "成都高新区人民医院"},
            {"唐明", "Tang Ming", "副主任医师", "麻醉科", "成都高新区人民医院"},
            {"韩雪", "Han Xue", "主治医师", "皮肤科", "成都高新区人民医院"},
        };
        for (int i = 0; i < physicians.length; i++) {
            String[] p = physicians[i];
            physician(20 + i, p[0], p[1], p[2], p[3], p[4], LocalDate.of(2020 + i % 4, 1 + i, 10));
        }
        Member lapsed = physicianRecord(40, "邱雨", "Qiu Yu", "医师", "康复医学科", "成都高新区人民医院", LocalDate.of(2020, 3, 3));
        lapsed.setPaidUpUntil(LocalDate.of(2023, 12, 31));
        members.create(lapsed, REASON);
        Member suspended = physicianRecord(41, "萧然", "Xiao Ran", "主治医师", "精神科", "成都高新区人民医院", LocalDate.of(2020, 3, 3));
        suspended.setStatus(MemberStatus.SUSPENDED);
        members.create(suspended, REASON);
        Member resigned = physicianRecord(42, "潘越", "Pan Yue", "医师", "检验科", "成都高新区人民医院", LocalDate.of(2018, 3, 3));
        resigned.setStatus(MemberStatus.RESIGNED);
        members.create(resigned, REASON);

        Member applicant = Member.individual("冯磊");
        applicant.setNameEn("Feng Lei");
        applicant.setProfessionalTitle("主治医师");
        applicant.setSpecialty("急诊医学");
        applicant.setLicenceNumber(licence(50));
        applicant.setEmployer("成都高新区人民医院");
        applicant.setEmail("feng.lei@example.org");
        applicant.setPhone("13980005050");
        applicant.setStatus(MemberStatus.APPLICANT);
        members.create(applicant, REASON);
        Member secondApplicant = Member.individual("董雯");
        secondApplicant.setNameEn("Dong Wen");
        secondApplicant.setProfessionalTitle("医师");
        secondApplicant.setSpecialty("全科医学");
        secondApplicant.setEmployer("成都高新区合作社区卫生服务中心");
        secondApplicant.setEmail("dong.wen@example.org");
        secondApplicant.setStatus(MemberStatus.APPLICANT);
        members.create(secondApplicant, REASON);

        Member hospital = institution(1, "成都高新区人民医院", "Chengdu High-tech Zone People's Hospital",
                InstitutionType.GENERAL_HOSPITAL, "成都市高新区天府大道中段1号", "https://hospital.example.org", true);
        contacts.add(hospital.getId(), "周敏", "zhou.min@hospital.example.org", "028-85120101", REASON);
        contacts.add(hospital.getId(), "吴涛", "wu.tao@hospital.example.org", null, REASON);
        institution(2, "成都高新区妇幼保健院", "Chengdu High-tech Zone Maternal and Child Health Hospital",
                InstitutionType.MATERNAL_CHILD_HEALTH, "成都市高新区锦城大道18号", null, true);
        institution(3, "成都高新区中医医院", "Chengdu High-tech Zone Hospital of Traditional Chinese Medicine",
                InstitutionType.TCM_HOSPITAL, "成都市高新区益州大道88号", null, true);
        institution(4, "成都高新区芳草社区卫生服务中心", "Fangcao Community Health Service Center",
                InstitutionType.COMMUNITY_HEALTH_CENTER, "成都市高新区芳草街12号", null, true);
        institution(5, "成都高新区石羊社区卫生服务中心", "Shiyang Community Health Service Center",
                InstitutionType.COMMUNITY_HEALTH_CENTER, "成都市高新区石羊场路6号", null, true);
        institution(6, "成都天府口腔医院", "Chengdu Tianfu Stomatological Hospital", InstitutionType.SPECIALIST_HOSPITAL,
                "成都市高新区府城大道西段399号", "https://dental.example.org", true);
        institution(7, "成都高新锦城眼科医院", "Chengdu Jincheng Eye Hospital", InstitutionType.SPECIALIST_HOSPITAL,
                "成都市高新区吉瑞三路99号", null, true);
        institution(8, "成都高新康宁诊所", "Kangning Clinic", InstitutionType.CLINIC, "成都市高新区紫竹北街20号", null, false);
        institution(9, "成都高新区疾病预防控制中心", "Chengdu High-tech Zone Center for Disease Control and Prevention",
                InstitutionType.PUBLIC_HEALTH, "成都市高新区盛和一路66号", null, true);
        Member institutionApplicant = Member.institution("成都高新区合作社区卫生服务中心");
        institutionApplicant.setNameEn("Hezuo Community Health Service Center");
        institutionApplicant.setInstitutionType(InstitutionType.COMMUNITY_HEALTH_CENTER);
        institutionApplicant.setCreditCode(creditCode(10));
        institutionApplicant.setAddress("成都市高新区合作路8号");
        institutionApplicant.setEmail("hezuo@example.org");
        institutionApplicant.setStatus(MemberStatus.APPLICANT);
        members.create(institutionApplicant, REASON);
    }

    private Member physician(int n, String name, String nameEn, String title, String specialty, String employer,
            LocalDate joinedOn) {
        return members.create(physicianRecord(n, name, nameEn, title, specialty, employer, joinedOn), REASON);
    }

    /** An active physician member, not yet saved. */
    private static Member physicianRecord(int n, String name, String nameEn, String title, String specialty, String employer,
            LocalDate joinedOn) {
        Member member = Member.individual(name);
        member.setNameEn(nameEn);
        member.setProfessionalTitle(title);
        member.setSpecialty(specialty);
        member.setEmployer(employer);
        member.setLicenceNumber(licence(n));
        member.setEmail(nameEn.toLowerCase().replace(' ', '.') + "@example.org");
        member.setPhone(String.format("139800%05d", n));
        member.setStatus(MemberStatus.ACTIVE);
        member.setJoinedOn(joinedOn);
        member.setPaidUpUntil(LocalDate.of(2026, 12, 31));
        return member;
    }

    private Member institution(int n, String name, String nameEn, InstitutionType type, String address, String website,
            boolean listed) {
        Member member = Member.institution(name);
        member.setNameEn(nameEn);
        member.setInstitutionType(type);
        member.setCreditCode(creditCode(n));
        member.setAddress(address);
        member.setWebsite(website);
        member.setPhone(String.format("028-8512%04d", n));
        member.setEmail("office" + n + "@example.org");
        member.setListedInDirectory(listed);
        member.setStatus(MemberStatus.ACTIVE);
        member.setJoinedOn(LocalDate.of(2016, 5, 20).plusMonths(n));
        member.setPaidUpUntil(LocalDate.of(2026, 12, 31));
        return members.create(member, REASON);
    }

    /** A made-up practising certificate number: 15 digits. */
    private static String licence(int n) {
        return String.format("1105101%08d", n * 7919);
    }

    /** A made-up but well-formed credit code of a public institution registered in Chengdu. */
    private static String creditCode(int n) {
        return UnifiedSocialCreditCode.Validator.complete(String.format("12510100MB%07d", n * 31));
    }

    private void appoint(Member member, String departmentCode, Position position, LocalDate from, String decidedBy) {
        Appointment appointment = new Appointment(member, departmentCode == null ? null : departmentByCode.get(departmentCode),
                position, from);
        appointment.setDecidedBy(decidedBy);
        appointments.appoint(appointment, REASON);
    }

    private void createSeedActivity() {
        Channel activities = channelBySlug.get("activities");
        LocalDateTime addTime = LocalDateTime.of(2024, 1, 25, 17, 30);
        Article english = articles.create(publishedArticle(activities, Language.EN, "work-summary-meeting",
                "The Secretariat of Chengdu High-tech Medical Association held the 2023 work summary and 2024 "
                + "work deployment meeting",
                addTime, null), REASON);
        // the photos need the article, its body needs the photos: written then, as an editor's copy is edited and saved
        em.detach(english);
        english.setSummary("On 25 January 2024 the Secretariat reviewed 2023 and set out the work for 2024; President Zhao Cong "
                + "put forward three requirements.");
        Attachment meeting = photo(english, "大照片.jpg", "Photo 1: the meeting room", 7, new Color(214, 220, 228),
                "会议现场 / The meeting");
        Attachment reports = photo(english, "MTXX_MH20240126_153208206(1).jpg", "Photo 2: departments report", 5,
                new Color(226, 216, 200), "各部门汇报 / The departments report");
        Attachment president = photo(english, "赵会长.jpg", "Photo 3: President Zhao Cong speaks", 1, new Color(206, 222, 210),
                "赵聪会长讲话 / President Zhao Cong speaks");
        english.setCover(meeting);
        english.setBody(SeedActivity.englishBody(image(meeting), image(reports), image(president)));
        english = articles.update(english, REASON);

        Article chinese = publishedArticle(activities, Language.ZH, "gongzuo-zongjie-bushu-hui",
                "成都高新医学会秘书处召开2023年工作总结暨2024年工作部署会", addTime, SeedActivity.chineseBody(
                        image(meeting), image(reports), image(president)));
        chinese.setSummary("2024年1月25日，学会秘书处召开2023年工作总结暨2024年工作部署会，赵聪会长提出三点要求。");
        chinese.setCover(meeting);
        // saving it makes the English one point back
        chinese.setTranslation(english);
        articles.create(chinese, REASON);
    }

    private Attachment photo(Article article, String fileName, String drawnCaption, int people, Color wall, String caption) {
        return attachments.attach(article.getId(), fileName, StandInPhotos.meetingRoom(drawnCaption, people, wall), caption);
    }

    /** The inline image of a photo as the body refers to it: the file address with its name encoded. */
    private static String image(Attachment photo) {
        String encoded = URLEncoder.encode(photo.getFileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return "<img src=\"/files/" + photo.getId() + "/" + encoded + "\" alt=\"" + photo.getCaption() + "\" width=\""
                + photo.getWidth() + "\" height=\"" + photo.getHeight() + "\">";
    }

    /** A published article, not yet saved. */
    private static Article publishedArticle(Channel channel, Language language, String slug, String title, LocalDateTime addTime,
            String body) {
        Article article = new Article(channel, language, slug, title, ADMINISTRATOR, addTime);
        article.setBody(body);
        article.setStatus(ArticleStatus.PUBLISHED);
        return article;
    }

    private void createFurtherArticles() {
        for (DemoArticles.Item item : DemoArticles.ITEMS) {
            Article article = new Article(channelBySlug.get(item.channel()), item.language(), item.slug(), item.title(),
                    ADMINISTRATOR, item.addTime());
            article.setSummary(item.summary());
            article.setBody(item.body());
            article.setStatus(item.status());
            article.setPinned(item.pinned());
            articles.create(article, REASON);
        }
        linkTranslations(List.of(
                new String[] {"introduction", "introduction", "introduction-en"},
                new String[] {"notices", "2024-membership-dues", "2024-membership-dues-en"}));
    }

    /**
     * The general-practice committee's annual academic conference, two months after the demo is loaded (so it is
     * upcoming), open for registration, with member, non-member and student types and category I credit.
     */
    private void createUpcomingConference() {
        LocalDateTime start = clock.today().plusDays(60).atTime(8, 30);
        // named in full: jakarta.enterprise.event.Event is this class's other Event
        org.association.events.entity.Event conference = new org.association.events.entity.Event("gp-annual-conference",
                "全科医学专业委员会学术年会", "General Practice Committee Annual Academic Conference", start,
                start.plusDays(1).withHour(17).withMinute(30));
        conference.setDescriptionZh("年会围绕基层慢病管理、家庭医生签约服务与全科医学教育开展专题报告和病例讨论。"
                + "参会者可获国家级继续医学教育 I 类学分。");
        conference.setDescriptionEn("Lectures and case discussions on chronic disease care in the community, family doctor "
                + "contracts and general-practice training. Attendance earns category I CME credit.");
        conference.setOrganiser(departmentByCode.get("CMTE-GP"));
        conference.setVenueZh("成都高新区会议中心二楼报告厅");
        conference.setVenueEn("Chengdu High-tech Zone Conference Centre, lecture hall, 2nd floor");
        conference.setAddress("成都市高新区天府大道中段 1388 号");
        conference.setRegistrationCloses(start.minusDays(3));
        conference.setCmeCategory(CmeCategory.CATEGORY_I);
        conference.setCmePoints(new BigDecimal("6.0"));
        conference.setStatus(EventStatus.PUBLISHED);
        org.association.events.entity.Event created = events.create(conference, REASON);
        RegistrationType member = new RegistrationType(created, "会员", "Member", new BigDecimal("600.00"), 150);
        member.setEarlyPrice(new BigDecimal("480.00"));
        member.setEarlyUntil(clock.today().plusDays(30));
        member.setMembersOnly(true);
        RegistrationType nonMember = new RegistrationType(created, "非会员", "Non-member", new BigDecimal("900.00"), 100);
        nonMember.setPosition(1);
        RegistrationType student = new RegistrationType(created, "学生（凭学生证）", "Student (with student card)",
                new BigDecimal("200.00"), 30);
        student.setPosition(2);
        RegistrationType earlyBird = new RegistrationType(created, "早鸟代表（限额）", "Early-bird delegate (limited)",
                new BigDecimal("700.00"), 3);
        earlyBird.setEarlyPrice(new BigDecimal("400.00"));
        earlyBird.setEarlyUntil(clock.today().plusDays(30));
        earlyBird.setPosition(3);
        for (RegistrationType type : List.of(member, nonMember, student)) {
            events.addType(type, REASON);
        }
        long earlyBirdId = events.addType(earlyBird, REASON).getId();
        // the early-bird places are taken and two wait for one: the waiting list as staff and readers see it
        String[] names = {"周敏", "吴建国", "郑丽", "王海燕", "冯涛"};
        for (int i = 0; i < names.length; i++) {
            Registration form = new Registration();
            form.setName(names[i]);
            form.setPhone("028-8519" + (2301 + i));
            form.setEmail("delegate" + (i + 1) + "@example.org");
            form.setInstitution("成都高新区社区卫生服务中心");
            registrations.register(created.getId(), earlyBirdId, form, Language.ZH);
        }
        EventQuestion session = new EventQuestion(created, QuestionKind.CHOICE, "第二天下午参加的分会场",
                "Parallel session on the second afternoon", true);
        session.setChoicesZh("慢病管理\n家庭医生签约服务\n全科医学教育");
        session.setChoicesEn("Chronic disease care\nFamily doctor contracts\nGeneral-practice training");
        EventQuestion dinner = new EventQuestion(created, QuestionKind.YES_NO, "是否参加第一天晚宴",
                "Will you join the dinner on the first day?", true);
        dinner.setPosition(1);
        EventQuestion diet = new EventQuestion(created, QuestionKind.TEXT, "饮食禁忌或其他需求", "Dietary or other needs", false);
        diet.setPosition(2);
        for (EventQuestion question : List.of(session, dinner, diet)) {
            events.addQuestion(question, REASON);
        }
    }

    /**
     * The meeting the seed activity reports on: the secretariat's internal work meeting of 25 January 2024, finished,
     * with the report linked, and its attendees as the desk checked them in that afternoon and staff confirmed them.
     */
    private void createPastWorkMeeting() {
        LocalDateTime start = LocalDateTime.of(2024, 1, 25, 14, 30);
        org.association.events.entity.Event meeting = new org.association.events.entity.Event("2024-work-meeting",
                "2023年工作总结暨2024年工作部署会", "2023 Work Summary and 2024 Work Planning Meeting", start,
                start.withHour(17).withMinute(30));
        meeting.setDescriptionZh("学会秘书处内部会议：各部门述职述廉并汇报2024年工作计划，秘书长与各部门负责人签订2024年工作目标责任书。");
        meeting.setDescriptionEn("An internal meeting of the secretariat: the departments report on 2023 and present their plans "
                + "for 2024, and the Secretary-General signs the 2024 targets with each head of department.");
        meeting.setVenueZh("学会秘书处会议室");
        meeting.setVenueEn("Secretariat meeting room");
        meeting.setOrganiser(departmentByCode.get("SECRETARIAT"));
        meeting.setRegistrationCloses(start);
        meeting.setStatus(EventStatus.FINISHED);
        meeting.setReport(bySlug(channelBySlug.get("activities"), "gongzuo-zongjie-bushu-hui"));
        org.association.events.entity.Event created = events.create(meeting, REASON);
        RegistrationType invited = events.addType(new RegistrationType(created, "秘书处及各部门（内部）",
                "Secretariat and departments (internal)", BigDecimal.ZERO, null), REASON);
        String[] attendees = {"曾斌", "赵聪", "程敏", "刘芳", "王磊", "陈静", "杨洋", "黄丽", "周涛", "孙伟", "邓志文"};
        for (int i = 0; i < attendees.length; i++) {
            Registration attendee = new Registration();
            attendee.setName(attendees[i]);
            attendee.setPhone("028-8519" + (1201 + i));
            attendee.setEmail("meeting2024-" + (i + 1) + "@example.org");
            attendee.setInstitution(i == attendees.length - 1 ? "高新区卫生健康局综合处" : "成都高新医学会");
            // a past meeting's sign-in sheet: no manage link was ever sent, so its token is thrown away
            attendee.place(invited, Language.ZH, SecretToken.hash(SecretToken.create()), BigDecimal.ZERO);
            em.createQuery("select m from Member m where m.name = :name", Member.class).setParameter("name", attendees[i])
                    .getResultStream().findFirst().ifPresent(attendee::checkedMember);
            attendee.walkIn(start.minusMinutes(20 - i), "曾斌");
            attendee.attend(true);
            store.create(attendee, REASON);
        }
        // the places the registrations hold, as the desk's lock would have counted them
        em.createNativeQuery("UPDATE EVENT_REGISTRATION_TYPE SET TAKEN = ?1 WHERE ID = ?2").setParameter(1, attendees.length)
                .setParameter(2, invited.getId()).executeUpdate();
    }

    private void linkTranslations(List<String[]> pairs) {
        for (String[] pair : pairs) {
            Channel channel = channelBySlug.get(pair[0]);
            Article zh = bySlug(channel, pair[1]);
            Article en = bySlug(channel, pair[2]);
            // saved as an editor's copy is, which makes the English one point back
            em.detach(zh);
            zh.setTranslation(en);
            articles.update(zh, REASON);
        }
    }

    private Article bySlug(Channel channel, String slug) {
        return em.createNamedQuery(Article.BY_CHANNEL_AND_SLUG, Article.class)
                .setParameter("channel", channel)
                .setParameter("slug", slug)
                .getSingleResult();
    }
}
