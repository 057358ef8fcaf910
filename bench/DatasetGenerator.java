import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Fills the association's embedded Derby database with a benchmark dataset, in bulk, while no server has it open:
 * published articles spread over the article channels (bodies of 2-6 KB in Chinese and English, a photo on one in
 * ten, some Chinese/English translation pairs), members (individuals and institutions in every status), special
 * committees with their appointments; and a member file of 10,000 rows for the import measurement.
 *
 * <p>The database must hold the schema of the Flyway migrations and the demo content (the application's first start
 * makes both). Rows go in with plain JDBC batches, ids from the same ENTITY_SEQ blocks EclipseLink uses and member
 * numbers from MEMBER_NUMBER_SEQ, so the application goes on numbering after them. A fixed seed and a fixed base date
 * make the same dataset on every run. Run with the Derby jars on the class path (Java's single-file launch):
 *
 * <pre>java -cp 'server-lib/*' DatasetGenerator.java --db DIR --articles N --members N [--import-csv FILE] [--seed S]</pre>
 *
 * Prints "key=value" lines that the benchmark reads: addresses of one article and one photo, the search word.
 */
public class DatasetGenerator {

    /** Every date is counted back from here, not from today, so the dataset is the same whenever it is made. */
    static final LocalDateTime BASE = LocalDateTime.of(2026, 11, 1, 9, 0);
    static final int BATCH = 500;
    static final int ID_BLOCK = 50;
    static final String ACTOR = "bench";

    /** Share of the articles per channel slug; channels not named here share what is left equally. */
    static final Map<String, Integer> CHANNEL_WEIGHTS = Map.of("association-news", 30, "notices", 15, "news", 3,
            "activities", 20, "service", 2, "training", 10, "party-building", 10, "special-committees", 10);

    final Random random;
    final Connection db;
    final Text text;
    long nextId;
    long lastId;

    DatasetGenerator(Connection db, long seed) {
        this.db = db;
        this.random = new Random(seed);
        this.text = new Text(random);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String folder = required(options, "db");
        int articles = Integer.parseInt(options.getOrDefault("articles", "100000"));
        int members = Integer.parseInt(options.getOrDefault("members", "100000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "20261125"));
        // nobody else has the database open, and a failed run is made again from scratch: no syncs to disk
        System.setProperty("derby.system.durability", "test");
        System.setProperty("derby.stream.error.file", Path.of(folder).toAbsolutePath().getParent().resolve("derby-generator.log")
                .toString());
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + folder)) {
            db.setAutoCommit(false);
            DatasetGenerator generator = new DatasetGenerator(db, seed);
            generator.requireEmpty();
            Map<String, String> facts = new LinkedHashMap<>();
            generator.articles(articles, facts);
            List<GeneratedMember> generated = generator.members(members);
            generator.committees(generated);
            if (options.containsKey("import-csv")) {
                generator.importFile(Path.of(options.get("import-csv")), generated, 10_000);
            }
            generator.updateStatistics();
            db.commit();
            facts.put("generated_in_seconds", Long.toString((System.nanoTime() - started) / 1_000_000_000L));
            facts.forEach((key, value) -> System.out.println(key + "=" + value));
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception (XJ015)
            }
        }
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    /** The dataset is added to the demo content once; a second run would double it. */
    void requireEmpty() throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM ARTICLE WHERE CREATED_BY = '" + ACTOR + "'")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                throw new IllegalStateException("this database already holds a benchmark dataset");
            }
        }
    }

    /** The next id of ENTITY_SEQ as EclipseLink hands them out: each value of the sequence ends a block of 50. */
    long id() throws SQLException {
        if (nextId == 0 || nextId > lastId) {
            try (Statement statement = db.createStatement();
                 ResultSet rows = statement.executeQuery("VALUES NEXT VALUE FOR ENTITY_SEQ")) {
                rows.next();
                lastId = rows.getLong(1);
                nextId = lastId - ID_BLOCK + 1;
            }
        }
        return nextId++;
    }

    String memberNumber(PreparedStatement sequence) throws SQLException {
        try (ResultSet rows = sequence.executeQuery()) {
            rows.next();
            return String.format("M%06d", rows.getLong(1));
        }
    }

    // ---------------------------------------------------------------------------------------------- articles

    void articles(int count, Map<String, String> facts) throws SQLException, IOException {
        List<long[]> channels = new ArrayList<>(); // id, cumulative weight
        List<String> slugs = new ArrayList<>();
        int total = 0;
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT ID, SLUG FROM CHANNEL WHERE KIND = 'ARTICLES' ORDER BY ID")) {
            while (rows.next()) {
                total += CHANNEL_WEIGHTS.getOrDefault(rows.getString(2), 5);
                channels.add(new long[] {rows.getLong(1), total});
                slugs.add(rows.getString(2));
            }
        }
        if (channels.isEmpty()) {
            throw new IllegalStateException("no article channels: start the application once on this database first");
        }
        List<Photo> photos = Photo.set(random, 12);
        String insert = "INSERT INTO ARTICLE (ID, VERSION, CHANNEL_ID, SLUG, LANGUAGE, TRANSLATION_ID, TITLE, SUMMARY, BODY,"
                + " AUTHOR_NAME, PUBLISHED_AT, STATUS, PINNED, COVER_ID, VIEW_COUNT, CREATED_AT, CREATED_BY, "
                + "UPDATED_AT, UPDATED_BY)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', FALSE, NULL, 0, ?, ?, ?, ?)";
        String attachment = "INSERT INTO ATTACHMENT (ID, VERSION, ARTICLE_ID, FILE_NAME, CONTENT_TYPE, SIZE_BYTES, SHA256, WIDTH,"
                + " HEIGHT, CAPTION, POSITION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) VALUES (?, 1, ?, ?, 'image/jpeg', "
                + "?, ?, ?, ?, ?, 0, ?, ?, ?, ?)";
        try (PreparedStatement articles = db.prepareStatement(insert);
             PreparedStatement attachments = db.prepareStatement(attachment);
             PreparedStatement data = db.prepareStatement("INSERT INTO ATTACHMENT_DATA (ATTACHMENT_ID, CONTENT, "
                     + "THUMBNAIL) VALUES (?, ?, ?)");
             PreparedStatement covers = db.prepareStatement("UPDATE ARTICLE SET COVER_ID = ? WHERE ID = ?");
             PreparedStatement translations = db.prepareStatement("UPDATE ARTICLE SET TRANSLATION_ID = ? WHERE ID = ?")) {
            long bodyBytes = 0;
            long previousId = 0;
            boolean previousChinese = false;
            long previousChannel = 0;
            int previousTopic = 0;
            LocalDateTime previousAt = null;
            int inBatch = 0;
            for (int n = 0; n < count; n++) {
                long id = id();
                // about one article in five is the English translation of the Chinese one before it
                boolean translation = previousChinese && random.nextInt(5) == 0;
                boolean chinese = !translation && random.nextInt(10) < 7;
                long channel = translation ? previousChannel : pick(channels, random.nextInt(total));
                int topic = translation ? previousTopic : random.nextInt(Text.TOPICS.length);
                // newest first as n grows backwards over ten years; a translation appears the same day
                LocalDateTime at = translation ? previousAt.plusMinutes(30)
                        : BASE.minusMinutes((long) ((double) n / count * 10 * 365 * 24 * 60)).minusMinutes(random.nextInt(60));
                String body = chinese ? text.chineseBody(topic) : text.englishBody(topic);
                bodyBytes += body.getBytes(StandardCharsets.UTF_8).length;
                articles.setLong(1, id);
                articles.setLong(2, channel);
                articles.setString(3, "bench-" + n);
                articles.setString(4, chinese ? "ZH" : "EN");
                if (translation) {
                    articles.setLong(5, previousId);
                } else {
                    articles.setNull(5, Types.BIGINT);
                }
                articles.setString(6, chinese ? text.chineseTitle(topic) : text.englishTitle(topic));
                articles.setString(7, chinese ? text.chineseSentence(topic) : text.englishSentence(topic));
                articles.setString(8, body);
                articles.setString(9, chinese ? "管理员" : "Administrator");
                articles.setTimestamp(10, Timestamp.valueOf(at));
                articles.setTimestamp(11, Timestamp.valueOf(at));
                articles.setString(12, ACTOR);
                articles.setTimestamp(13, Timestamp.valueOf(at));
                articles.setString(14, ACTOR);
                articles.addBatch();
                if (translation) {
                    translations.setLong(1, id);
                    translations.setLong(2, previousId);
                    translations.addBatch();
                }
                if (n % 10 == 3) {
                    Photo photo = photos.get(random.nextInt(photos.size()));
                    long photoId = id();
                    String fileName = (chinese ? "现场照片-" : "photo-") + n + ".jpg";
                    attachments.setLong(1, photoId);
                    attachments.setLong(2, id);
                    attachments.setString(3, fileName);
                    attachments.setLong(4, photo.content.length);
                    attachments.setString(5, photo.sha256);
                    attachments.setInt(6, photo.width);
                    attachments.setInt(7, photo.height);
                    attachments.setString(8, chinese ? "活动现场" : "At the meeting");
                    attachments.setTimestamp(9, Timestamp.valueOf(at));
                    attachments.setString(10, ACTOR);
                    attachments.setTimestamp(11, Timestamp.valueOf(at));
                    attachments.setString(12, ACTOR);
                    attachments.addBatch();
                    data.setLong(1, photoId);
                    data.setBytes(2, photo.content);
                    data.setBytes(3, photo.thumbnail);
                    data.addBatch();
                    covers.setLong(1, photoId);
                    covers.setLong(2, id);
                    covers.addBatch();
                    if (!facts.containsKey("photo_path")) {
                        facts.put("photo_path", "/files/" + photoId + "/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8));
                    }
                }
                // a Chinese article from the middle of the list: neither among the newest nor the oldest
                if (n >= count / 2 && chinese && !facts.containsKey("article_path")) {
                    facts.put("article_path", String.format("/%s/%04d/%02d/%02d/bench-%d", slugs.get(indexOf(channels, channel)),
                            at.getYear(), at.getMonthValue(), at.getDayOfMonth(), n));
                }
                previousId = id;
                previousChinese = chinese;
                previousChannel = channel;
                previousTopic = topic;
                previousAt = at;
                if (++inBatch == BATCH) {
                    flushArticles(articles, translations, attachments, data, covers);
                    inBatch = 0;
                }
            }
            flushArticles(articles, translations, attachments, data, covers);
            facts.put("articles", Integer.toString(count));
            facts.put("article_body_megabytes", Long.toString(bodyBytes / 1_000_000));
            facts.put("search_query", Text.TOPICS[0][0]);
            facts.put("search_query_encoded", URLEncoder.encode(Text.TOPICS[0][0], StandardCharsets.UTF_8));
            facts.put("deep_page", Long.toString(Math.min(2000, (listedInNews() + 19) / 20)));
            facts.putIfAbsent("article_path", "");
            facts.putIfAbsent("photo_path", "");
        }
    }

    /** How many articles the Chinese page of the News channel lists (with its sub-channels): its last page is the deepest. */
    long listedInNews() throws SQLException {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM ARTICLE a JOIN CHANNEL c ON a.CHANNEL_ID = c.ID"
                     + " LEFT JOIN CHANNEL p ON c.PARENT_ID = p.ID WHERE a.STATUS = 'PUBLISHED' AND (c.SLUG = "
                     + "'news' OR p.SLUG = 'news')"
                     + " AND (a.LANGUAGE = 'ZH' OR a.TRANSLATION_ID IS NULL)")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    void flushArticles(PreparedStatement articles, PreparedStatement translations, PreparedStatement attachments,
            PreparedStatement data, PreparedStatement covers) throws SQLException {
        articles.executeBatch();
        translations.executeBatch();
        attachments.executeBatch();
        data.executeBatch();
        covers.executeBatch();
        db.commit();
    }

    static long pick(List<long[]> weighted, int draw) {
        for (long[] entry : weighted) {
            if (draw < entry[1]) {
                return entry[0];
            }
        }
        return weighted.get(weighted.size() - 1)[0];
    }

    static int indexOf(List<long[]> weighted, long id) {
        for (int i = 0; i < weighted.size(); i++) {
            if (weighted.get(i)[0] == id) {
                return i;
            }
        }
        throw new IllegalArgumentException("no channel " + id);
    }

    // ----------------------------------------------------------------------------------------------- members

    record GeneratedMember(long id, String number, boolean institution, String status, String name, String nameEn, String title,
            String specialty, String licence, String employer, String email, String phone, LocalDate joined, LocalDate paidUp) {
    }

    List<GeneratedMember> members(int count) throws SQLException {
        String insert = "INSERT INTO MEMBER (ID, VERSION, MEMBER_NUMBER, KIND, STATUS, NAME, NAME_EN, "
                + "PROFESSIONAL_TITLE, SPECIALTY,"
                + " LICENCE_NUMBER, INSTITUTION_TYPE, CREDIT_CODE, EMPLOYER, EMAIL, PHONE, ADDRESS, WEBSITE, "
                + "JOINED_ON, PAID_UP_UNTIL,"
                + " LISTED_IN_DIRECTORY, NOTES, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY)"
                + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)";
        List<GeneratedMember> generated = new ArrayList<>(count);
        try (PreparedStatement members = db.prepareStatement(insert);
             PreparedStatement sequence = db.prepareStatement("VALUES NEXT VALUE FOR MEMBER_NUMBER_SEQ")) {
            for (int n = 0; n < count; n++) {
                long id = id();
                boolean institution = n % 10 == 9;
                int draw = random.nextInt(100);
                String status = draw < 84 ? "ACTIVE" : draw < 88 ? "APPLICANT" : draw < 92 ? "SUSPENDED" : draw < 99 ? "RESIGNED"
                        : "REJECTED";
                boolean numbered = !status.equals("APPLICANT") && !status.equals("REJECTED");
                String number = numbered ? memberNumber(sequence) : null;
                LocalDate joined = numbered ? BASE.toLocalDate().minusDays(random.nextInt(26 * 365)) : null;
                // most have paid for this year or the next; some let their dues lapse
                LocalDate paidUp = numbered
                        ? LocalDate.of(BASE.getYear() + random.nextInt(3) - (random.nextInt(8) == 0 ? 2 : 0), 12, 31) : null;
                if (paidUp != null && paidUp.isBefore(joined)) {
                    paidUp = LocalDate.of(joined.getYear(), 12, 31);
                }
                String name = institution ? text.institutionName(n) : text.personName();
                String nameEn = institution ? null : random.nextBoolean() ? text.lastPinyin : null;
                String title = institution ? null : Text.pick(random, Text.TITLES);
                String specialty = institution ? null : Text.pick(random, Text.SPECIALTIES);
                String licence = institution ? null : String.format("51%013d", n);
                String employer = institution ? null : text.institutionName(random.nextInt(Math.max(1, count / 10)) * 10 + 9);
                String email = "member" + n + "@example.org";
                String phone = String.format("139%08d", n);
                members.setLong(1, id);
                members.setString(2, number);
                members.setString(3, institution ? "INSTITUTION" : "INDIVIDUAL");
                members.setString(4, status);
                members.setString(5, name);
                members.setString(6, nameEn);
                members.setString(7, title);
                members.setString(8, specialty);
                members.setString(9, licence);
                members.setString(10, institution ? Text.pick(random, Text.INSTITUTION_TYPES) : null);
                members.setString(11, institution ? Text.creditCode(n) : null);
                members.setString(12, employer);
                members.setString(13, email);
                members.setString(14, phone);
                members.setString(15, institution ? "高新区天府大道" + (n % 997 + 1) + "号" : null);
                members.setString(16, institution ? "https://example.org/" + n : null);
                members.setObject(17, joined == null ? null : Date.valueOf(joined), Types.DATE);
                members.setObject(18, paidUp == null ? null : Date.valueOf(paidUp), Types.DATE);
                members.setBoolean(19, institution && status.equals("ACTIVE") && random.nextInt(10) < 6);
                Timestamp created = Timestamp.valueOf(joined == null ? BASE.minusDays(random.nextInt(90)) : joined.atTime(10, 0));
                members.setTimestamp(20, created);
                members.setString(21, ACTOR);
                members.setTimestamp(22, created);
                members.setString(23, ACTOR);
                members.addBatch();
                generated.add(new GeneratedMember(id, number, institution, status, name, nameEn, title, specialty, licence,
                        employer,
                        email, phone, joined, paidUp));
                if ((n + 1) % BATCH == 0) {
                    members.executeBatch();
                    db.commit();
                }
            }
            members.executeBatch();
            db.commit();
        }
        return generated;
    }

    /** Forty special committees, each with a chair, three deputies and sixty council members, some of them past. */
    void committees(List<GeneratedMember> members) throws SQLException {
        List<GeneratedMember> eligible = members.stream().filter(m -> !m.institution() && m.status().equals("ACTIVE")).toList();
        if (eligible.size() < 100) {
            return;
        }
        String department = "INSERT INTO DEPARTMENT (ID, VERSION, CODE, KIND, PARENT_ID, NAME_ZH, NAME_EN, "
                + "DESCRIPTION_ZH, DESCRIPTION_EN,"
                + " POSITION, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) VALUES (?, 1, ?, 'SPECIAL_COMMITTEE', NULL, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?)";
        String appointment = "INSERT INTO APPOINTMENT (ID, VERSION, MEMBER_ID, DEPARTMENT_ID, POSITION, "
                + "START_ON, END_ON, DECIDED_BY,"
                + " CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        Timestamp now = Timestamp.valueOf(BASE);
        try (PreparedStatement departments = db.prepareStatement(department);
             PreparedStatement appointments = db.prepareStatement(appointment)) {
            for (int c = 0; c < 40; c++) {
                long id = id();
                String[] specialty = Text.SPECIALTY_PAIRS[c % Text.SPECIALTY_PAIRS.length];
                departments.setLong(1, id);
                departments.setString(2, String.format("BENCH-SC%02d", c + 1));
                departments.setString(3, specialty[0] + "专业委员会" + (c >= Text.SPECIALTY_PAIRS.length ? "（第二）" : ""));
                departments.setString(4, "Committee of " + specialty[1] + (c >= Text.SPECIALTY_PAIRS.length ? " II" : ""));
                departments.setString(5, "负责" + specialty[0] + "领域的学术交流与继续教育。");
                departments.setString(6, "Academic exchange and continuing education in " + specialty[1] + ".");
                departments.setInt(7, 100 + c);
                departments.setTimestamp(8, now);
                departments.setString(9, ACTOR);
                departments.setTimestamp(10, now);
                departments.setString(11, ACTOR);
                departments.executeUpdate();
                for (int a = 0; a < 70; a++) {
                    GeneratedMember member = eligible.get(random.nextInt(eligible.size()));
                    // the first 64 hold office now; the rest held it in the previous term
                    boolean current = a < 64;
                    String position = a == 0 ? "COMMITTEE_CHAIR" : a < 4 ? "DEPUTY_HEAD" : "COUNCIL_MEMBER";
                    if (!current && position.equals("COMMITTEE_CHAIR")) {
                        position = "COUNCIL_MEMBER";
                    }
                    appointments.setLong(1, id());
                    appointments.setLong(2, member.id());
                    appointments.setLong(3, id);
                    appointments.setString(4, position);
                    appointments.setDate(5, Date.valueOf(current ? LocalDate.of(2023, 3, 1) : LocalDate.of(2018, 3, 1)));
                    appointments.setObject(6, current ? null : Date.valueOf(LocalDate.of(2023, 2, 28)), Types.DATE);
                    appointments.setString(7, current ? "第五届会员代表大会" : "第四届会员代表大会");
                    appointments.setTimestamp(8, now);
                    appointments.setString(9, ACTOR);
                    appointments.setTimestamp(10, now);
                    appointments.setString(11, ACTOR);
                    appointments.addBatch();
                }
                appointments.executeBatch();
            }
            db.commit();
        }
    }

    /**
     * A member file as staff would import it: 80 % new physicians (no member number: the commit gives them one),
     * 20 % rows of stored members with a new phone number and employer.
     */
    void importFile(Path file, List<GeneratedMember> members, int rows) throws IOException {
        List<GeneratedMember> updatable = members.stream().filter(m -> m.number() != null && !m.institution()).toList();
        int updates = updatable.isEmpty() ? 0 : rows / 5;
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("member_number,kind,name,name_en,professional_title,specialty,licence_number,employer,email,phone,"
                    + "joined_on,paid_up_until,status\n");
            for (int n = 0; n < rows - updates; n++) {
                String name = text.personName();
                out.write(String.join(",", "", "INDIVIDUAL", name, text.lastPinyin, Text.pick(random, Text.TITLES),
                        Text.pick(random, Text.SPECIALTIES), String.format("52%013d", n),
                        text.institutionName(random.nextInt(1000) * 10 + 9),
                        "import" + n + "@example.org", String.format("137%08d", n), BASE.toLocalDate().toString(),
                        LocalDate.of(BASE.getYear(), 12, 31).toString(), "ACTIVE") + "\n");
            }
            for (int n = 0; n < updates; n++) {
                GeneratedMember m = updatable.get((int) ((long) n * updatable.size() / updates));
                out.write(String.join(",", m.number(), "INDIVIDUAL", m.name(), m.nameEn() == null ? "" : m.nameEn(), m.title(),
                        m.specialty(), m.licence(), text.institutionName(random.nextInt(1000) * 10 + 9), m.email(),
                        String.format("136%08d", n), String.valueOf(m.joined()), String.valueOf(m.paidUp()), m.status()) + "\n");
            }
        }
    }

    /** Fresh index statistics, so that Derby's optimizer plans for the tables as they now are. */
    void updateStatistics() throws SQLException {
        try (PreparedStatement update = db.prepareStatement("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(CURRENT SCHEMA, ?, NULL)")) {
            for (String table : List.of("ARTICLE", "ATTACHMENT", "MEMBER", "DEPARTMENT", "APPOINTMENT")) {
                update.setString(1, table);
                update.execute();
            }
        }
    }

    // -------------------------------------------------------------------------------------------------- text

    /** Sentences about the association's work, in Chinese and English, around one topic per article. */
    static final class Text {

        /** Chinese and English name of a topic; the first is the benchmark's search word. */
        static final String[][] TOPICS = {
            {"心血管", "cardiovascular"}, {"糖尿病", "diabetes"}, {"儿科", "paediatrics"}, {"急诊", "emergency care"},
            {"影像", "imaging"}, {"护理", "nursing"}, {"全科", "general practice"}, {"肿瘤", "oncology"},
            {"麻醉", "anaesthesia"}, {"康复", "rehabilitation"}, {"感染控制", "infection control"}, {"妇产", "obstetrics"},
            {"口腔", "dentistry"}, {"眼科", "ophthalmology"}, {"精神卫生", "mental health"}, {"中医", "traditional medicine"},
            {"检验", "laboratory medicine"}, {"药学", "pharmacy"}, {"医院管理", "hospital management"}, {"健康教育", "health education"},
            {"老年医学", "geriatrics"}, {"呼吸", "respiratory medicine"}, {"神经", "neurology"}, {"骨科", "orthopaedics"},
            {"皮肤", "dermatology"}, {"病理", "pathology"}, {"超声", "ultrasound"}, {"营养", "nutrition"},
            {"公共卫生", "public health"}, {"医学伦理", "medical ethics"}, {"卫生法规", "health law"}, {"基层医疗", "primary care"}};
        static final String[][] SPECIALTY_PAIRS = {
            {"心血管病学", "Cardiology"}, {"内分泌", "Endocrinology"}, {"儿科学", "Paediatrics"}, {"急诊医学", "Emergency Medicine"},
            {"医学影像", "Medical Imaging"}, {"护理学", "Nursing"}, {"全科医学", "General Practice"}, {"肿瘤学", "Oncology"},
            {"麻醉学", "Anaesthesiology"}, {"康复医学", "Rehabilitation Medicine"}, {"感染病学", "Infectious Diseases"},
            {"妇产科学", "Obstetrics and Gynaecology"}, {"口腔医学", "Dentistry"}, {"眼科学", "Ophthalmology"},
            {"精神病学", "Psychiatry"}, {"中医学", "Traditional Chinese Medicine"}, {"检验医学", "Laboratory Medicine"},
            {"临床药学", "Clinical Pharmacy"}, {"医院管理", "Hospital Management"}, {"健康管理", "Health Management"},
            {"老年医学", "Geriatrics"}, {"呼吸病学", "Respiratory Medicine"}, {"神经病学", "Neurology"}, {"骨科学", "Orthopaedics"},
            {"皮肤病学", "Dermatology"}, {"病理学", "Pathology"}, {"超声医学", "Ultrasound"}, {"临床营养", "Clinical Nutrition"}};
        static final String[] TITLES = {"主任医师", "副主任医师", "主治医师", "住院医师", "主任护师", "副主任护师", "主管护师"};
        static final String[] SPECIALTIES;
        static final String[] INSTITUTION_TYPES = {"GENERAL_HOSPITAL", "SPECIALIST_HOSPITAL", "TCM_HOSPITAL",
                "COMMUNITY_HEALTH_CENTER",
            "CLINIC", "MATERNAL_CHILD_HEALTH", "PUBLIC_HEALTH", "OTHER"};
        static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
            "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁"};
        static final String[] SURNAMES_PINYIN = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou",
                "Xu",
            "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Xu", "Han",
            "Feng",
            "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan"};
        static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
            "超", "秀", "霞", "平", "刚", "桂", "华", "建", "文", "红", "玉", "晨", "宇", "欣", "浩", "婷", "鹏", "琳", "雪", "斌"};
        static final String[] GIVEN_PINYIN = {"Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yong",
            "Yan", "Jie", "Juan", "Tao", "Ming", "Chao", "Xiu", "Xia", "Ping", "Gang", "Gui", "Hua", "Jian", "Wen", "Hong", "Yu",
            "Chen", "Yu", "Xin", "Hao", "Ting", "Peng", "Lin", "Xue", "Bin"};
        static final String[] DISTRICTS = {"高新区", "锦江区", "青羊区", "金牛区", "武侯区", "成华区", "龙泉驿区", "新都区", "温江区", "双流区"};
        static final String[] INSTITUTION_KINDS = {"人民医院", "中医医院", "社区卫生服务中心", "妇幼保健院", "口腔医院", "骨科医院", "诊所"};

        static final String[] CN_SUBJECTS = {"学会", "秘书处", "各专业委员会", "会员单位", "与会专家", "全体理事", "基层医务人员",
            "学会党支部", "继续教育部", "学术部", "青年医师", "各区卫生健康部门"};
        static final String[] CN_VERBS = {"召开了", "组织开展了", "深入推进", "认真学习了", "总结部署了", "积极参与", "研究讨论了",
            "圆满完成了", "联合举办了", "扎实推进"};
        static final String[] CN_OBJECTS = {"年度工作会议", "学术交流活动", "继续医学教育培训", "义诊进社区活动", "医疗质量安全管理工作",
            "专题讲座", "病例讨论会", "会员服务工作", "适宜技术推广项目", "科研项目评审", "规范化培训考核", "健康科普宣传"};
        static final String[] CN_TAILS = {"，取得了良好成效。", "，进一步提高了服务水平。", "，受到广大会员的好评。", "，为下一步工作打下了基础。",
            "，参会人员积极发言。", "，会议由秘书长主持。", "，共有二百余人参加。", "，进一步明确了工作方向。"};
        static final String[] EN_SUBJECTS = {"The association", "The secretariat", "The special committees", "Member hospitals",
            "Invited experts", "The council", "Primary care physicians", "The party branch", "The training department",
            "Young doctors", "District health bureaus"};
        static final String[] EN_VERBS = {"held", "organised", "took part in", "reviewed", "planned", "completed", "discussed",
            "hosted", "supported", "evaluated"};
        static final String[] EN_OBJECTS = {"the annual work meeting", "an academic exchange", "a continuing education course",
            "a free clinic in the community", "the quality and safety review", "a lecture series", "a case conference",
            "the member services plan", "a technology outreach project", "the research grant review",
            "the residency examinations",
            "a public health campaign"};
        static final String[] EN_TAILS = {" with good results.", " and raised the standard of care.", ", which members welcomed.",
            " to prepare the next steps.", " with lively discussion.", ", chaired by the secretary-general.",
            " with more than two hundred participants.", " and set clear priorities for the year."};

        static {
            SPECIALTIES = new String[SPECIALTY_PAIRS.length];
            for (int i = 0; i < SPECIALTY_PAIRS.length; i++) {
                SPECIALTIES[i] = SPECIALTY_PAIRS[i][0];
            }
        }

        final Random random;
        /** The pinyin of the last person name made. */
        String lastPinyin;

        Text(Random random) {
            this.random = random;
        }

        static String pick(Random random, String[] choices) {
            return choices[random.nextInt(choices.length)];
        }

        String chineseTitle(int topic) {
            return pick(random, DISTRICTS) + TOPICS[topic][0] + pick(random, CN_OBJECTS) + "顺利举行";
        }

        String englishTitle(int topic) {
            String object = pick(random, EN_OBJECTS);
            return Character.toUpperCase(object.charAt(0)) + object.substring(1) + " on " + TOPICS[topic][1];
        }

        String chineseSentence(int topic) {
            String object = pick(random, CN_OBJECTS);
            // one sentence in three names the article's topic, so a search for a topic finds its articles
            String about = random.nextInt(3) == 0 ? TOPICS[topic][0] : "";
            return pick(random, CN_SUBJECTS) + pick(random, CN_VERBS) + about + object + pick(random, CN_TAILS);
        }

        String englishSentence(int topic) {
            String about = random.nextInt(3) == 0 ? " on " + TOPICS[topic][1] : "";
            return pick(random, EN_SUBJECTS) + " " + pick(random, EN_VERBS) + " " + pick(random, EN_OBJECTS) + about
                    + pick(random, EN_TAILS);
        }

        /** 2 to 6 KB of UTF-8 in paragraphs of three to six sentences. */
        String chineseBody(int topic) {
            return body(topic, true);
        }

        String englishBody(int topic) {
            return body(topic, false);
        }

        private String body(int topic, boolean chinese) {
            int target = 2048 + random.nextInt(4096);
            StringBuilder html = new StringBuilder(target + 200);
            int bytes = 0;
            while (bytes < target) {
                StringBuilder paragraph = new StringBuilder("<p>");
                for (int s = 3 + random.nextInt(4); s > 0; s--) {
                    paragraph.append(chinese ? chineseSentence(topic) : englishSentence(topic) + " ");
                }
                paragraph.append("</p>");
                bytes += paragraph.toString().getBytes(StandardCharsets.UTF_8).length;
                html.append(paragraph);
            }
            return html.toString();
        }

        String personName() {
            int surname = random.nextInt(SURNAMES.length);
            int given = random.nextInt(GIVEN.length);
            StringBuilder name = new StringBuilder(SURNAMES[surname]).append(GIVEN[given]);
            StringBuilder pinyin = new StringBuilder(SURNAMES_PINYIN[surname]).append(' ').append(GIVEN_PINYIN[given]);
            if (random.nextBoolean()) {
                int second = random.nextInt(GIVEN.length);
                name.append(GIVEN[second]);
                pinyin.append(GIVEN_PINYIN[second].toLowerCase());
            }
            lastPinyin = pinyin.toString();
            return name.toString();
        }

        /** The name of member institution {@code n} (an index over all members, institutions at n % 10 == 9). */
        String institutionName(int n) {
            return DISTRICTS[n % DISTRICTS.length] + "第" + (n / 10 + 1) + INSTITUTION_KINDS[(n / 10) % INSTITUTION_KINDS.length];
        }

        /** A unified social credit code with a correct check character (GB 32100-2015). */
        static String creditCode(int n) {
            String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
            int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
            String stem = String.format("12510199%09d", n);
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += alphabet.indexOf(stem.charAt(i)) * weights[i];
            }
            return stem + alphabet.charAt((31 - sum % 31) % 31);
        }
    }

    /** A drawn photo (JPEG, 800x533) and its thumbnail, the same handful reused over all photo articles. */
    record Photo(byte[] content, byte[] thumbnail, int width, int height, String sha256) {

        static List<Photo> set(Random random, int count) throws IOException {
            List<Photo> photos = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                BufferedImage image = new BufferedImage(800, 533, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xFFFFFF)), 800, 533,
                        new Color(random.nextInt(0xFFFFFF))));
                g.fillRect(0, 0, 800, 533);
                g.setStroke(new BasicStroke(6));
                for (int s = 0; s < 25; s++) {
                    g.setColor(new Color(random.nextInt(0xFFFFFF)));
                    g.drawOval(random.nextInt(760), random.nextInt(500), 20 + random.nextInt(200), 20 + random.nextInt(150));
                }
                g.dispose();
                BufferedImage small = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
                Graphics2D t = small.createGraphics();
                t.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                t.drawImage(image, 0, 0, 480, 320, null);
                t.dispose();
                byte[] content = jpeg(image);
                photos.add(new Photo(content, jpeg(small), 800, 533, sha256(content)));
            }
            return photos;
        }

        static byte[] jpeg(BufferedImage image) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        }

        static String sha256(byte[] bytes) {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
