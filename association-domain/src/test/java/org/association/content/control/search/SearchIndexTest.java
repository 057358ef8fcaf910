package org.association.content.control.search;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.association.content.control.search.Snippet.Range;
import org.association.content.entity.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private static final LocalDateTime ADD_TIME = LocalDateTime.of(2024, 1, 25, 17, 30);

    /** The demo's seed activity, English version. */
    private static final IndexedArticle SEED_EN = article(1, Language.EN,
            "The Secretariat of Chengdu High-tech Medical Association held the 2023 work summary and 2024 "
            + "work deployment meeting",
            "On 25 January 2024 the Secretariat reviewed 2023 and set out the work for 2024; President Zhao Cong put forward"
                    + " three requirements.",
            """
            <p>On the afternoon of January 25, 2024, the Secretariat of Chengdu High-tech Medical Association organized a 2023 \
            work summary and a 2024 work deployment meeting. The meeting was presided over by Comrade Zeng Bin, Secretary of the \
            Party Branch and Secretary-General of the Chengdu High-tech Medical Association. Deng Zhiwen, Director of the \
            Comprehensive Department of the Health Bureau of the High-tech Zone, Zhao Cong, President of the Society, and \
            Comrade Cheng Min, Vice President of the Society, came to guide the work.</p>
            <p><img src="/files/7/%E5%A4%A7.jpg" alt="The meeting"></p>
            <p>The meeting listened to the departments of the secretariat of the Society on accountability and integrity in \
            2023 and the work plan for 2024.</p>
            <p>The year 2024 is a key year for fully implementing the spirit of the Party's 20th Congress. For how to \
            consolidate \
            and enhance the good development trend and realize the steady and long-term development of the society, President \
            Zhao Cong put forward three requirements:</p>
            <p>First, we must always adhere to the correct political direction.</p>
            """);

    /** The demo's seed activity, Chinese version. */
    private static final IndexedArticle SEED_ZH = article(2, Language.ZH, "成都高新医学会秘书处召开2023年工作总结暨2024年工作部署会",
            "2024年1月25日，学会秘书处召开2023年工作总结暨2024年工作部署会，赵聪会长提出三点要求。",
            """
            <p>2024年1月25日下午，成都高新医学会秘书处召开2023年工作总结暨2024年工作部署会。会议由学会党支部书记、秘书长曾斌同志主持。\
            高新区卫生健康局综合处处长邓志文、学会会长赵聪、副会长程敏同志莅临指导。</p>
            <p>会议听取了学会秘书处各部门2023年述职述廉及2024年工作计划，书面听取了党建、党风廉政建设及工会工作情况。</p>
            <p>2024年是全面贯彻落实党的二十大精神的关键之年，也是学会实现“十四五”发展规划的重要一年。\
            为巩固和提升良好发展态势，实现学会平稳长远发展，赵聪会长提出三点要求：</p>
            <p>一是始终坚持正确的政治方向。全面加强党的领导，提高政治站位，推动党建与业务工作同部署、同推进、同考核，\
            加强党员教育，筑牢思想防线，依法依规开展学会工作。</p>
            """);

    private static final IndexedArticle CLINIC_ZH = article(3, Language.ZH, "专家团队走进社区开展义诊",
            null, "<p>3月5日，赵会长带领心血管内科专家走进石羊社区，为居民测量血压、解读报告。</p>");

    private static final IndexedArticle CLINIC_EN = article(4, Language.EN, "Free clinic in Shiyang community",
            "Doctors examined 120 residents.",
            "<p>Dr. Zhao Wei of cardiology and nurse Li Cong measured blood pressure and explained reports to residents.</p>");

    private static final IndexedArticle TRAINING_EN = article(5, Language.EN, "Cardiology training course for community doctors",
            "Forty doctors finished the course.", "<p>The course covered hypertension and heart failure.</p>");

    private static final IndexedArticle REPORT_EN = article(6, Language.EN, "Annual report of the special committees",
            "The committees reported on their year.",
            "<p>The special committee of cardiology held four academic meetings and two training courses.</p>");

    /** Further articles of the demo data, so that word statistics are not those of three documents. */
    private static final List<IndexedArticle> DEMO_ZH = List.of(
            article(20, Language.ZH, "学会简介", "成都高新医学会是由高新区医药卫生科技工作者和医疗卫生机构自愿组成的学术性、非营利性社会组织。",
                    "<p>学会设会员代表大会、理事会和常务理事会，下设秘书处（综合部、学术部、会员部、继续教育部、财务部）、"
                            + "党支部、工会及全科医学、医疗质量管理等专业委员会。</p>"),
            article(21, Language.ZH, "学会召开第二届理事会第三次会议", "会议审议通过了2023年工作报告和财务报告。",
                    "<p>2024年3月15日，成都高新医学会第二届理事会第三次会议召开。会长赵聪出席会议并讲话，秘书长曾斌作2023年工作报告。</p>"),
            article(22, Language.ZH, "关于开展2024年度会员会费缴纳工作的通知", "请各会员于2024年6月30日前完成年度会费缴纳。",
                    "<p>根据《成都高新医学会章程》和会费标准，现开展2024年度会费缴纳工作。联系人：黄丽，电话：028-85120000。</p>"),
            article(23, Language.ZH, "2024年全科医生继续医学教育培训班开班", "来自辖区22家基层医疗机构的120名全科医生参加培训。",
                    "<p>培训为期三天，内容包括慢性病管理、合理用药、急诊急救和医患沟通。</p>"),
            article(24, Language.ZH, "学会党支部开展“学雷锋”主题党日活动", "党员志愿者走进社区开展义诊和健康宣教。",
                    "<p>2024年3月5日，学会党支部组织党员志愿者走进芳草社区，开展“学雷锋”主题党日义诊活动。</p>"));

    private Directory directory;
    private SearchIndex index;

    @BeforeEach
    void open() {
        directory = new ByteBuffersDirectory();
        index = new SearchIndex(directory);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
        directory.close();
    }

    @Test
    void smartChineseFindsThePresidentInBothForms() {
        // the evidence that SmartCN alone is right for this word: 会长 is its own token after a full name and a surname
        assertEquals(List.of("赵", "聪", "会长"), tokens(new SmartChineseAnalyzer(), "赵聪会长"));
        assertEquals(List.of("赵", "会长"), tokens(new SmartChineseAnalyzer(), "赵会长"));
        putAll(SEED_EN, SEED_ZH, CLINIC_ZH, CLINIC_EN);

        SearchResults results = index.search("会长", 1, 10);

        assertEquals(Set.of(2L, 3L), ids(results));
        assertContains("<mark>会长</mark>", hit(results, 2).snippet());
        assertContains("赵<mark>会长</mark>", hit(results, 3).snippet());
    }

    @Test
    void characterPairsFindWhatSmartChineseSegmentsAsLongerWords() {
        // the evidence that SmartCN alone is not enough: it keeps 医学会, 秘书处, 秘书长 and 心血管 whole
        assertEquals(List.of("成都", "高", "新", "医学会", "秘书处"), tokens(new SmartChineseAnalyzer(), "成都高新医学会秘书处"));
        assertEquals(List.of("秘书长", "曾", "斌"), tokens(new SmartChineseAnalyzer(), "秘书长曾斌"));
        assertEquals(List.of("心血管", "内科"), tokens(new SmartChineseAnalyzer(), "心血管内科"));
        putAll(SEED_EN, SEED_ZH, CLINIC_ZH, CLINIC_EN);

        assertEquals(List.of(2L), idList(index.search("秘书", 1, 10)));
        assertEquals(List.of(2L), idList(index.search("高新医学", 1, 10)));
        SearchResults vessels = index.search("血管", 1, 10);
        assertEquals(List.of(3L), idList(vessels));
        assertContains("心<mark>血管</mark>内科", vessels.hits().get(0).snippet());
        // a word of three characters is marked by its two pairs, which overlap into one mark
        String whole = marked(index.search("心血管", 1, 10).hits().get(0).snippet());
        assertTrue(whole.contains("<mark>心血管</mark>内科"), whole);
    }

    @Test
    void aWordMatchOutranksAMatchOnlyTheCharacterPairsSee() {
        // 血管 is a word of its own in 血管外科, and only a part of 心血管 in the clinic's 心血管内科
        assertEquals(List.of("血管", "外科"), tokens(new SmartChineseAnalyzer(), "血管外科"));
        putAll(CLINIC_ZH, article(9, Language.ZH, "专家团队走进社区开展义诊", null,
                "<p>3月5日，血管外科专家走进石羊社区，为居民测量血压、解读报告。</p>"));

        SearchResults results = index.search("血管", 1, 10);

        assertEquals(List.of(9L, 3L), idList(results));
        assertEquals(2, results.total());
        assertTrue(results.hits().get(0).score() > results.hits().get(1).score());
    }

    @Test
    void aChineseNameRanksTheArticlesThatHaveItFirstAndIsMarkedWhole() {
        putAll(SEED_ZH, CLINIC_ZH, article(7, Language.ZH, "赵明主任与刘聪护士获评优秀", null, "<p>表彰大会上，赵明和刘聪获得表彰。</p>"));
        DEMO_ZH.forEach(this::put);

        SearchResults results = index.search("赵聪", 1, 10);

        assertEquals(Set.of(2L, 21L), ids(results), "赵会长 alone is not 赵聪, nor are 赵明 and 刘聪");
        assertContains("<mark>赵聪</mark>", results.hits().get(0).snippet());
    }

    @Test
    void anEnglishNameRanksTheArticleWithTheExactNameFirst() {
        putAll(CLINIC_EN, SEED_ZH, SEED_EN, TRAINING_EN, article(8, Language.EN, "Zhao Wei joins the council", null,
                "<p>Dr. Zhao Wei was elected to the council.</p>"));

        for (String query : List.of("Zhao Cong", "zhao cong", "ZHAO  CONG")) {
            SearchResults results = index.search(query, 1, 10);

            assertEquals(List.of(1L, 4L), idList(results), query);
            SearchHit first = results.hits().get(0);
            assertContains("President <mark>Zhao</mark> <mark>Cong</mark> put forward", first.snippet());
            assertTrue(first.score() > results.hits().get(1).score(), query);
        }
    }

    @Test
    void wordsStandingTogetherAsTypedRankFirst() {
        putAll(article(41, Language.EN, "Council meeting", null,
                        "<p>Zhao Wei and Li Cong opened the meeting.</p>"),
                article(40, Language.EN, "Council meeting", null,
                        "<p>The council met on Monday. President Zhao Cong opened the meeting and thanked the members.</p>"));

        assertEquals(List.of(40L, 41L), idList(index.search("zhao cong", 1, 10)));
        assertEquals(List.of(41L, 40L), idList(index.search("cong zhao", 1, 10)), "the shorter text, without the bonus");
    }

    @Test
    void englishWordsMatchTheirOtherForms() {
        putAll(SEED_EN, TRAINING_EN);

        SearchResults results = index.search("requirement", 1, 10);

        assertEquals(List.of(1L), idList(results));
        assertContains("<mark>requirements</mark>", results.hits().get(0).snippet());
    }

    @Test
    void aTitleMatchOutranksABodyOnlyMatch() {
        putAll(REPORT_EN, TRAINING_EN);

        SearchResults results = index.search("cardiology", 1, 10);

        assertEquals(List.of(5L, 6L), idList(results));
        assertEquals("<mark>Cardiology</mark> training course for community doctors", marked(results.hits().get(0).title()));
        assertEquals("Annual report of the special committees", marked(results.hits().get(1).title()));
    }

    @Test
    void aHitCarriesWhatTheResultListShows() {
        put(SEED_EN);

        SearchHit hit = index.search("deployment", 1, 10).hits().get(0);

        assertAll(() -> assertEquals(1L, hit.id()),
                () -> assertEquals(Language.EN, hit.language()),
                () -> assertEquals("activities", hit.channelSlug()),
                () -> assertEquals("article-1", hit.slug()),
                () -> assertEquals(ADD_TIME, hit.publishedAt()),
                () -> assertEquals("The Secretariat of Chengdu High-tech Medical Association held the 2023 work summary and 2024"
                        + " work <mark>deployment</mark> meeting", marked(hit.title())),
                () -> assertTrue(hit.score() > 0));
    }

    @Test
    void theSnippetIsShortAndCutAroundTheMatch() {
        String sentence = "This sentence has no full stop and keeps going about meetings and plans ".repeat(8)
                + "until the word vaccination appears " + "and then it goes on for a long while again ".repeat(8);
        put(article(9, Language.EN, "Long", null, "<p>" + sentence + "</p>"));

        Snippet snippet = index.search("vaccination", 1, 10).hits().get(0).snippet();

        assertContains("<mark>vaccination</mark>", snippet);
        assertTrue(snippet.text().startsWith("…") && snippet.text().endsWith("…"), snippet.text());
        assertTrue(snippet.text().length() <= SnippetFormatter.SNIPPET_CHARS + 2, snippet.text());
    }

    @Test
    void aCutSnippetNeverSplitsACharacter() {
        for (int shift = 0; shift < 3; shift++) {
            put(article(30 + shift, Language.EN, "Emoji " + shift, null,
                    "<p>" + "x".repeat(shift) + "👍🏻".repeat(100) + " vaccination " + "🩺".repeat(100) + "</p>"));
        }

        List<SearchHit> hits = index.search("vaccination", 1, 10).hits();

        assertEquals(3, hits.size());
        for (SearchHit hit : hits) {
            String text = hit.snippet().text();
            assertTrue(text.codePoints().noneMatch(c -> Character.getType(c) == Character.SURROGATE), text);
        }
    }

    @Test
    void theSnippetIsTheSummarysMatchElseTheBodysAmongTheSameHits() {
        put(article(40, Language.EN, "Spring clinic", "Free vaccination for the elderly.",
                "<p>Doctors came early. The vaccination took all morning.</p>"));
        put(article(41, Language.EN, "Autumn clinic", "Doctors visited the district.",
                "<p>Many residents came. A vaccination campaign followed in October.</p>"));
        put(article(42, Language.EN, "Winter clinic", "Vaccination again, in the cold.", "<p>No more to say.</p>"));

        SearchResults results = index.search("vaccination", 1, 10);

        assertEquals(Set.of(40L, 41L, 42L), ids(results));
        assertEquals("Free <mark>vaccination</mark> for the elderly.", marked(hit(results, 40).snippet()));
        assertEquals("A <mark>vaccination</mark> campaign followed in October.", marked(hit(results, 41).snippet()));
        assertEquals("<mark>Vaccination</mark> again, in the cold.", marked(hit(results, 42).snippet()));
    }

    @Test
    void withoutAMatchInSummaryOrBodyTheSnippetIsTheirStart() {
        putAll(TRAINING_EN, CLINIC_ZH);

        assertEquals("Forty doctors finished the course.", marked(index.search("training", 1, 10).hits().get(0).snippet()));
        assertEquals("3月5日，赵会长带领心血管内科专家走进石羊社区，为居民测量血压、解读报告。",
                marked(index.search("义诊", 1, 10).hits().get(0).snippet()));
    }

    @Test
    void putReplacesTheArticleWithTheSameId() {
        put(TRAINING_EN);
        put(article(5, Language.EN, "Dermatology training course", "Thirty doctors finished it.", "<p>Skin.</p>"));

        assertEquals(1, index.count());
        assertEquals(List.of(), idList(index.search("cardiology", 1, 10)));
        assertEquals(List.of(5L), idList(index.search("dermatology", 1, 10)));
    }

    @Test
    void removeTakesTheArticleOut() {
        putAll(SEED_EN, SEED_ZH);

        remove(2);
        remove(99);

        assertEquals(1, index.count());
        assertEquals(List.of(), idList(index.search("会长", 1, 10)));
        assertEquals(List.of(1L), idList(index.search("secretariat", 1, 10)));
    }

    @Test
    void updatePutsAndRemovesInOneCommit() {
        putAll(SEED_EN, SEED_ZH);

        index.update(List.of(CLINIC_ZH, CLINIC_EN), List.of(2L, 99L));

        assertEquals(3, index.count());
        assertFalse(idList(index.search("会长", 1, 10)).contains(2L), "removed");
        assertEquals(List.of(3L), idList(index.search("血管", 1, 10)));
        assertEquals(List.of(1L), idList(index.search("secretariat", 1, 10)));
    }

    @Test
    void replaceAllRebuildsTheIndex() {
        putAll(SEED_EN, SEED_ZH, CLINIC_EN);

        index.replaceAll(Stream.of(TRAINING_EN, REPORT_EN, article(4, Language.EN, "Clinic moved", null, "<p>To Monday.</p>")));

        assertEquals(3, index.count());
        assertEquals(List.of(), idList(index.search("secretariat", 1, 10)));
        assertEquals(List.of(), idList(index.search("blood pressure", 1, 10)));
        assertEquals(List.of(5L, 6L), idList(index.search("cardiology", 1, 10)));
        assertEquals(List.of(4L), idList(index.search("monday", 1, 10)));
    }

    @Test
    void aRebuildThatFailsHalfWayLosesNothing() {
        putAll(SEED_EN, SEED_ZH);
        Stream<IndexedArticle> failing = Stream.of(TRAINING_EN, REPORT_EN).map(article -> {
            if (article == REPORT_EN) {
                throw new IllegalStateException("database gone");
            }
            return article;
        });

        assertThrows(IllegalStateException.class, () -> index.replaceAll(failing));

        assertEquals(3, index.count());
        assertEquals(List.of(2L), idList(index.search("会长", 1, 10)));
        assertEquals(List.of(5L), idList(index.search("cardiology", 1, 10)));
        put(CLINIC_EN);
        index.close();
        index = new SearchIndex(directory);
        index.replaceAll(Stream.of(REPORT_EN));
        assertEquals(1, index.count(), "what the failed rebuild and later puts wrote is swept by the next rebuild");
    }

    @Test
    void pagesAreCountedExactly() {
        index.replaceAll(IntStream.rangeClosed(1, 25).mapToObj(i -> article(100 + i, Language.EN,
                "Vaccination day " + i, null, "<p>Vaccination " + "for residents ".repeat(i) + "</p>")));

        SearchResults first = index.search("vaccination", 1, 10);
        SearchResults second = index.search("vaccination", 2, 10);
        SearchResults third = index.search("vaccination", 3, 10);
        SearchResults beyond = index.search("vaccination", 4, 10);

        assertEquals(List.of(10, 10, 5, 0), Stream.of(first, second, third, beyond).map(r -> r.hits().size()).toList());
        assertTrue(Stream.of(first, second, third, beyond).allMatch(r -> r.total() == 25 && r.size() == 10));
        assertEquals(2, second.page());
        Set<Long> seen = new HashSet<>();
        Stream.of(first, second, third).forEach(r -> r.hits().forEach(hit -> assertTrue(seen.add(hit.id()))));
        assertEquals(25, seen.size());
    }

    @Test
    void totalsAreExactUpToTenThousand() {
        index.replaceAll(IntStream.rangeClosed(1, 10_050).mapToObj(i -> article(i, Language.EN, "Flu vaccination " + i,
                null, i < 10_000 ? "<p>Winter clinic.</p>" : "<p>Spring clinic.</p>")));

        assertEquals(9_999, index.search("winter", 1, 10).total());
        assertEquals(SearchIndex.MAX_HITS, index.search("vaccination", 1, 10).total());
        assertEquals(10, index.search("vaccination", 1_000, 10).hits().size());
        assertEquals(List.of(), index.search("vaccination", 1_001, 10).hits(), "pages end with the counted hits");
    }

    @Test
    void pageAndSizeAreKeptInRange() {
        put(TRAINING_EN);

        SearchResults results = index.search("cardiology", 0, 100_000);
        SearchResults far = index.search("cardiology", Integer.MAX_VALUE, Integer.MAX_VALUE);

        assertEquals(List.of(1, SearchIndex.MAX_PAGE_SIZE, 1), List.of(results.page(), results.size(), results.hits().size()));
        assertEquals(List.of(), far.hits());
        assertEquals(1, far.total());
    }

    @Test
    void aBlankQueryFindsNothing() {
        putAll(SEED_EN, SEED_ZH);

        for (String query : new String[] {null, "", "   ", "\t\n", "，。！"}) {
            SearchResults results = index.search(query, 1, 10);
            assertEquals(0, results.total(), query);
            assertEquals(List.of(), results.hits(), query);
        }
    }

    @Test
    void hostileQueriesAreJustText() {
        putAll(SEED_EN, SEED_ZH, CLINIC_EN, article(10, Language.EN, "Safe editing", null,
                "<p>Editors must never paste &lt;script&gt;alert(1)&lt;/script&gt; into an article.</p>"),
                article(11, Language.EN, "Q&A: \"Heart <health>\" for 'seniors'", null, "<p>Answers.</p>"));
        String longText = "President Zhao Cong put forward three requirements. ".repeat(200);
        String longChinese = "学会会长赵聪提出三点要求".repeat(900);

        for (String query : List.of("AND OR NOT (((", "title:x*", "\"unbalanced", "*", "?~^2 \\ / [a TO z] {", "+-&&||!",
                "<script>alert(1)</script>", longText, longChinese)) {
            assertDoesNotThrow(() -> index.search(query, 1, 10), query.substring(0, Math.min(30, query.length())));
        }

        SearchHit script = hit(index.search("<script>alert(1)</script>", 1, 10), 10);
        assertEquals(new Snippet("Editors must never paste <script>alert(1)</script> into an article.",
                List.of(new Range(26, 32), new Range(33, 38), new Range(39, 40), new Range(43, 49))), script.snippet(),
                "the text as it is, for the page to escape");
        SearchHit quoted = index.search("heart health seniors", 1, 10).hits().get(0);
        assertEquals("Q&A: \"<mark>Heart</mark> <<mark>health</mark>>\" for '<mark>seniors</mark>'", marked(quoted.title()));
        assertFalse(index.search(longText, 1, 10).hits().isEmpty());
        assertEquals(2L, index.search(longChinese, 1, 10).hits().get(0).id());
    }

    @Test
    void lastUpdateIsTheLatestIndexedChangeAndSurvivesReopening() {
        assertEquals(Optional.empty(), index.lastUpdate());
        LocalDateTime latest = LocalDateTime.of(2024, 3, 1, 9, 15, 30, 123_456_789);
        put(updated(SEED_EN, LocalDateTime.of(2024, 2, 1, 8, 0)));
        put(updated(SEED_ZH, latest));
        put(updated(CLINIC_EN, LocalDateTime.of(2024, 2, 20, 8, 0)));
        assertEquals(Optional.of(latest), index.lastUpdate());

        index.close();
        index = new SearchIndex(directory);

        assertEquals(Optional.of(latest), index.lastUpdate());
        assertEquals(3, index.count());
        assertEquals(List.of(2L), idList(index.search("会长", 1, 10)));
        remove(2);
        assertEquals(Optional.of(LocalDateTime.of(2024, 2, 20, 8, 0)), index.lastUpdate());
    }

    @Test
    void searchesRunWhileArticlesAreWritten() throws Exception {
        putAll(SEED_EN, SEED_ZH);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<Integer>> searches = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                searches.add(readers.submit(() -> {
                    int rounds = 0;
                    while (writing.get()) {
                        assertEquals(1, index.search("会长", 1, 10).total());
                        rounds++;
                    }
                    return rounds;
                }));
            }
            for (long id = 1_000; id < 1_100; id++) {
                put(article(id, Language.EN, "Health lecture " + id, null, "<p>Hypertension in old age.</p>"));
                assertEquals(id - 999, index.search("hypertension", 1, 1).total(), "a put is visible to the next search");
            }
            writing.set(false);
            for (Future<Integer> search : searches) {
                assertTrue(search.get() > 0);
            }
        } finally {
            writing.set(false);
            readers.shutdown();
        }
        assertEquals(102, index.count());
    }

    /** Not a benchmark: only shows that a realistic amount of text is indexed and searched in moments. */
    @Test
    void twoThousandArticlesAreIndexedAndSearchedQuickly() {
        Random random = new Random(42);
        String[] chinese = {"学会", "会长", "秘书处", "医院", "心血管", "内科", "社区", "义诊", "培训", "专家", "居民", "健康",
            "工作", "会议", "总结", "部署", "要求", "发展", "服务", "学术", "委员会", "护理", "疫苗", "接种"};
        String[] english = {"association", "president", "secretariat", "hospital", "cardiology", "community", "clinic",
            "training", "experts", "residents", "health", "work", "meeting", "summary", "deployment", "requirements",
            "development", "service", "academic", "committee", "nursing", "vaccination", "the", "of", "and"};

        index.replaceAll(LongStream.rangeClosed(1, 2_000).mapToObj(id -> {
            boolean zh = id % 2 == 0;
            String[] words = zh ? chinese : english;
            StringBuilder body = new StringBuilder("<p>");
            while (body.length() < (zh ? 1_500 : 4_000)) {
                body.append(words[random.nextInt(words.length)]).append(zh ? "" : " ");
                if (random.nextInt(12) == 0) {
                    body.append(zh ? "。</p><p>" : ".</p><p>");
                }
            }
            return article(id, zh ? Language.ZH : Language.EN, words[random.nextInt(words.length)] + " " + id, null,
                    body.append("</p>").toString());
        }));

        assertEquals(2_000, index.count());
        int found = 0;
        for (int i = 0; i < 100; i++) {
            String[] words = i % 2 == 0 ? chinese : english;
            found += index.search(words[i % words.length] + " " + words[(i * 7) % words.length], 1 + i % 3, 10).hits().size();
        }
        assertNotEquals(0, found);
    }

    private void putAll(IndexedArticle... articles) {
        for (IndexedArticle article : articles) {
            put(article);
        }
    }

    /** One article in a commit of its own, as a single saved change is written. */
    private void put(IndexedArticle article) {
        index.update(List.of(article), List.of());
    }

    private void remove(long id) {
        index.update(List.of(), List.of(id));
    }

    private static IndexedArticle article(long id, Language language, String title, String summary, String bodyHtml) {
        return new IndexedArticle(id, language, "activities", "article-" + id, title, summary, bodyHtml, ADD_TIME, ADD_TIME);
    }

    private static IndexedArticle updated(IndexedArticle a, LocalDateTime updatedAt) {
        return new IndexedArticle(a.id(), a.language(), a.channelSlug(), a.slug(), a.title(), a.summary(), a.bodyHtml(),
                a.publishedAt(), updatedAt);
    }

    private static List<Long> idList(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }

    private static Set<Long> ids(SearchResults results) {
        return Set.copyOf(idList(results));
    }

    private static SearchHit hit(SearchResults results, long id) {
        return results.hits().stream().filter(hit -> hit.id() == id).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    private static void assertContains(String marked, Snippet snippet) {
        assertTrue(marked(snippet).contains(marked), marked(snippet));
    }

    /** The snippet's text with {@code <mark>} and {@code </mark>} around its matches, nothing escaped. */
    static String marked(Snippet snippet) {
        StringBuilder marked = new StringBuilder(snippet.text());
        for (int i = snippet.matches().size() - 1; i >= 0; i--) {
            Range match = snippet.matches().get(i);
            marked.insert(match.end(), "</mark>").insert(match.start(), "<mark>");
        }
        return marked.toString();
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (analyzer; TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return tokens;
    }
}
