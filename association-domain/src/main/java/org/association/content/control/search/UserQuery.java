package org.association.content.control.search;

import static org.association.content.control.search.ArticleSchema.BOOSTS;
import static org.association.content.control.search.ArticleSchema.PAIRS;
import static org.association.content.control.search.ArticleSchema.TEXTS;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A reader's question as Lucene queries: what finds and ranks the articles; the bonus for words standing together, if
 * there are several; the plain terms the highlighter marks, which is much faster than marking by the whole query.
 *
 * <p>The question is plain text, never syntax: its words are analyzed like the texts, and an article must hold most of
 * them (all of up to three, three quarters of more), in any text and through either analysis.
 */
record UserQuery(Query finding, Query together, Query marking) {

    /** Longer questions are cut: nobody types more, and every word adds clauses. */
    static final int MAX_QUERY_CHARS = 200;
    /** Per analyzer, which keeps a pasted paragraph well under Lucene's limit of 1,024 clauses. */
    private static final int MAX_QUERY_TERMS = 32;
    private static final float TIE_BREAKER = 0.1f;
    /** A match that only the character pairs see, where SmartCN segmented the text otherwise than the question. */
    private static final float PAIRS_ONLY_BOOST = 0.5f;

    /** The queries of {@code userQuery}, analyzed by {@code words} and {@code pairs}; null when it has no words. */
    static UserQuery parse(String userQuery, Analyzer words, Analyzer pairs) {
        if (userQuery == null || userQuery.isBlank()) {
            return null;
        }
        String text = userQuery.length() > MAX_QUERY_CHARS ? userQuery.substring(0, MAX_QUERY_CHARS) : userQuery;
        List<Token> wordTokens = tokens(words, text);
        List<Token> pairTokens = ArticleSchema.hasHan(text) ? tokens(pairs, text) : List.of();
        if (wordTokens.isEmpty() && pairTokens.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder marking = new BooleanQuery.Builder();
        Query byWords = most(marking, wordTokens, "", !pairTokens.isEmpty());
        Query byPairs = most(marking, pairTokens, PAIRS, false);
        // pairs need no such bonus: matching most of them already means standing together
        Query together = words(wordTokens).size() > 1 ? inAnyText(field -> phrase(field, wordTokens)) : null;
        return new UserQuery(eitherAnalysis(byWords, byPairs), together, marking.build());
    }

    /**
     * The articles that {@code byWords} or {@code byPairs} finds, each ranked by one of them. The pairs find again all
     * that the words find, with more terms per word (心血管 is two pairs) and more postings each, so they are scored
     * only where the words do not match. Summing both would count the same evidence twice; a match that only the
     * pairs see is halved, so that it ranks below a match of the words.
     */
    private static Query eitherAnalysis(Query byWords, Query byPairs) {
        if (byWords == null || byPairs == null) {
            return byWords == null ? byPairs : byWords;
        }
        Query onlyByPairs = new BooleanQuery.Builder().add(byPairs, Occur.MUST).add(byWords, Occur.MUST_NOT).build();
        return new BooleanQuery.Builder()
                .add(byWords, Occur.SHOULD)
                .add(new BoostQuery(onlyByPairs, PAIRS_ONLY_BOOST), Occur.SHOULD)
                .build();
    }

    /**
     * The query that requires most of the words of {@code tokens}, each in any text, or null when there are none;
     * makes {@code marking} mark the single terms among them: pairs mark what SmartCN split into characters. When
     * {@code pairsMark}, a Chinese word is left to its pairs, which mark the same characters: each term marked costs
     * the highlighter a look into every hit's postings.
     */
    private static Query most(BooleanQuery.Builder marking, List<Token> tokens, String suffix, boolean pairsMark) {
        Collection<List<Token>> words = words(tokens);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder most = new BooleanQuery.Builder();
        for (List<Token> word : words) {
            most.add(inAnyText(field -> phrase(field + suffix, word)), Occur.SHOULD);
            if (word.size() == 1 && !(pairsMark && word.get(0).isHanWord())) {
                for (String field : TEXTS) {
                    marking.add(new TermQuery(new Term(field + suffix, word.get(0).term())), Occur.SHOULD);
                }
            }
        }
        int n = words.size();
        most.setMinimumNumberShouldMatch(n <= 3 ? n : n - n / 4);
        return most.build();
    }

    /**
     * The distinct words of the tokens, where each run of single Chinese characters is one word: SmartCN splits what
     * it does not know, such as the name 赵聪, into characters, which mean little apart.
     */
    private static Collection<List<Token>> words(List<Token> tokens) {
        Map<List<String>, List<Token>> words = new LinkedHashMap<>();
        List<Token> word = new ArrayList<>();
        for (Token token : tokens) {
            Token previous = word.isEmpty() ? null : word.get(word.size() - 1);
            if (previous != null && !(previous.isHanCharacter() && token.isHanCharacter()
                    && token.position() == previous.position() + 1)) {
                words.putIfAbsent(word.stream().map(Token::term).toList(), word);
                word = new ArrayList<>();
            }
            word.add(token);
        }
        if (!word.isEmpty()) {
            words.putIfAbsent(word.stream().map(Token::term).toList(), word);
        }
        return words.values();
    }

    /** The title, summary or body, whichever matches best, with a little of the others. */
    private static Query inAnyText(Function<String, Query> perField) {
        List<Query> queries = new ArrayList<>();
        for (String field : TEXTS) {
            queries.add(new BoostQuery(perField.apply(field), BOOSTS.get(field)));
        }
        return new DisjunctionMaxQuery(queries, TIE_BREAKER);
    }

    private static Query phrase(String field, List<Token> tokens) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        tokens.forEach(token -> phrase.add(new Term(field, token.term()), token.position()));
        return phrase.build();
    }

    private static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (tokens.size() < MAX_QUERY_TERMS && stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private record Token(String term, int position) {

        boolean isHanCharacter() {
            return term.codePointCount(0, term.length()) == 1 && isHan();
        }

        boolean isHanWord() {
            return term.codePointCount(0, term.length()) > 1 && isHan();
        }

        private boolean isHan() {
            return term.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        }
    }
}
