package org.association.startup;

import java.time.LocalDateTime;
import java.util.List;
import org.association.content.entity.ArticleStatus;
import org.association.content.entity.Language;

/** The further demo articles, in Chinese and English, across the channels. */
final class DemoArticles {

    record Item(String channel, Language language, String slug, String title, String summary, String body,
            LocalDateTime addTime, ArticleStatus status, boolean pinned) {
    }

    private static final ArticleStatus PUBLISHED = ArticleStatus.PUBLISHED;

    static final List<Item> ITEMS = List.of(
            new Item("introduction", Language.ZH, "introduction", "学会简介",
                    "成都高新医学会是由高新区医药卫生科技工作者和医疗卫生机构自愿组成的学术性、非营利性社会组织。",
                    """
                    <p>成都高新医学会是由成都高新技术产业开发区医药卫生科技工作者和医疗卫生机构自愿组成的学术性、公益性、非营利性社会组织，\
                    是发展区域医学科学技术事业的重要社会力量。</p>
                    <p>学会设会员代表大会、理事会和常务理事会，下设秘书处（综合部、学术部、会员部、继续教育部、财务部）、\
                    党支部、工会及全科医学、医疗质量管理等专业委员会。</p>
                    <p>学会的宗旨是：团结广大医药卫生科技工作者，促进医学科学技术的繁荣和发展，促进医学科学技术的普及和推广，\
                    促进医学科技人才的成长和提高，为人民群众健康服务。</p>
                    """, LocalDateTime.of(2022, 1, 1, 9, 0), PUBLISHED, false),
            new Item("introduction", Language.EN, "introduction-en", "About the Association",
                    "Chengdu High-tech Medical Association is an academic, non-profit society of physicians "
                    + "and medical institutions.",
                    """
                    <p>Chengdu High-tech Medical Association is an academic, public-interest and non-profit society formed \
                    voluntarily \
                    by the medical and health professionals and the medical institutions of the Chengdu High-tech Zone.</p>
                    <p>Its bodies are the Members' Congress, the Council and the Standing Council. The Secretariat \
                    (Comprehensive, \
                    Academic, Membership, Continuing Education and Finance departments), the Party Branch, the Trade Union and \
                    the \
                    special committees for General Practice and for Medical Quality Management carry out its work.</p>
                    <p>The Association unites medical professionals to advance medical science, spread its results, develop \
                    talent, \
                    and serve the health of the people.</p>
                    """, LocalDateTime.of(2022, 1, 1, 9, 0), PUBLISHED, false),
            new Item("articles-of-association", Language.ZH, "articles-of-association", "成都高新医学会章程",
                    "2021年12月18日第二届会员代表大会审议通过。",
                    """
                    <h2>第一章 总则</h2>
                    <p><strong>第一条</strong> 本会名称为成都高新医学会。</p>
                    <p><strong>第二条</strong> 本会是由医药卫生科技工作者和医疗卫生机构自愿组成的学术性、公益性、非营利性社会组织。</p>
                    <p><strong>第三条</strong> 本会遵守宪法、法律、法规和国家政策，践行社会主义核心价值观，弘扬爱国主义精神，遵守社会道德风尚。</p>
                    <h2>第二章 会员</h2>
                    <p><strong>第八条</strong> 本会的会员为个人会员和单位会员。</p>
                    <p><strong>第九条</strong> 申请加入本会的会员，应拥护本会章程，有加入本会的意愿，并在本会业务领域内具有一定影响。</p>
                    """, LocalDateTime.of(2021, 12, 18, 10, 0), PUBLISHED, false),
            new Item("association-news", Language.ZH, "council-meeting-2024", "学会召开第二届理事会第三次会议",
                    "会议审议通过了2023年工作报告和财务报告。",
                    """
                    <p>2024年3月15日，成都高新医学会第二届理事会第三次会议召开。会长赵聪出席会议并讲话，秘书长曾斌作2023年工作报告。</p>
                    <p>会议审议通过了《2023年工作报告》《2023年财务报告》和《关于调整部分专业委员会组成人员的议案》。</p>
                    """, LocalDateTime.of(2024, 3, 15, 16, 0), PUBLISHED, false),
            new Item("notices", Language.ZH, "2024-membership-dues", "关于开展2024年度会员会费缴纳工作的通知",
                    "请各会员于2024年6月30日前完成年度会费缴纳。",
                    """
                    <p>各会员单位、个人会员：</p>
                    <p>根据《成都高新医学会章程》和会费标准，现开展2024年度会费缴纳工作。请于2024年6月30日前完成缴纳，\
                    会费缴纳后由学会财务部开具票据。</p>
                    <p>联系人：黄丽，电话：028-85120000。</p>
                    """, LocalDateTime.of(2024, 2, 20, 9, 30), PUBLISHED, true),
            new Item("notices", Language.EN, "2024-membership-dues-en", "Notice on the 2024 membership dues",
                    "Members are asked to pay their 2024 dues by 30 June 2024.",
                    """
                    <p>To all member institutions and individual members:</p>
                    <p>Under the Articles of Association and the schedule of dues, the 2024 dues are now being collected. Please \
                    pay \
                    by 30 June 2024; the Finance Department will issue a receipt.</p>
                    <p>Contact: Huang Li, telephone 028-85120000.</p>
                    """, LocalDateTime.of(2024, 2, 20, 9, 30), PUBLISHED, false),
            new Item("training", Language.ZH, "gp-cme-course-2024", "2024年全科医生继续医学教育培训班开班",
                    "来自辖区22家基层医疗机构的120名全科医生参加培训。",
                    """
                    <p>2024年4月10日，由学会继续教育部主办的2024年全科医生继续医学教育培训班开班。\
                    来自辖区22家基层医疗卫生机构的120名全科医生参加培训。</p>
                    <p>培训为期三天，内容包括慢性病管理、合理用药、急诊急救和医患沟通。</p>
                    """, LocalDateTime.of(2024, 4, 10, 11, 0), PUBLISHED, false),
            new Item("party-building", Language.ZH, "theme-party-day-2024-03", "学会党支部开展“学雷锋”主题党日活动",
                    "党员志愿者走进社区开展义诊和健康宣教。",
                    """
                    <p>2024年3月5日，学会党支部组织党员志愿者走进芳草社区，开展“学雷锋”主题党日义诊活动，\
                    为居民提供血压血糖测量、健康咨询和用药指导。</p>
                    """, LocalDateTime.of(2024, 3, 5, 15, 0), PUBLISHED, false),
            new Item("special-committees", Language.EN, "gp-committee-conference-2024",
                    "General Practice Committee holds its 2024 academic conference",
                    "Over 200 general practitioners discussed chronic disease management in primary care.",
                    """
                    <p>On 18 May 2024 the General Practice Committee held its annual academic conference, chaired by Wu Min. \
                    More than \
                    200 general practitioners from the zone's community health service centers took part.</p>
                    <p>Talks covered hypertension and diabetes management in primary care, referral pathways and family doctor \
                    contracts.</p>
                    """, LocalDateTime.of(2024, 5, 18, 14, 0), PUBLISHED, false),
            new Item("association-news", Language.ZH, "work-plan-2024-h2-draft", "2024年下半年工作计划（草稿）",
                    "尚未发布的草稿。",
                    "<p>草稿：下半年重点工作安排，待秘书长办公会审议。</p>",
                    LocalDateTime.of(2024, 6, 28, 9, 0), ArticleStatus.DRAFT, false));

    private DemoArticles() {
    }
}
