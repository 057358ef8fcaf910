package org.association.events.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.association.content.entity.Language;
import org.junit.jupiter.api.Test;

class EventQuestionTest {

    private static final Event EVENT = new Event("cardiology-2027", "心血管年会", "Cardiology meeting",
            LocalDateTime.of(2027, 4, 17, 9, 0), LocalDateTime.of(2027, 4, 18, 17, 0));

    @Test
    void aChoiceNeedsTwoOptionsOrMoreAndAsManyInEachLanguage() {
        EventQuestion session = new EventQuestion(EVENT, QuestionKind.CHOICE, "分会场", "Session", true);
        session.setChoicesZh("心衰\n\n  介入 \n");
        session.setChoicesEn("Heart failure\nInterventions");
        assertTrue(session.isChoicesInOrder(), "blank lines and spaces are no options");
        assertEquals(List.of("心衰", "介入"), session.choices(Language.ZH));
        session.setChoicesEn("Heart failure");
        assertFalse(session.isChoicesInOrder(), "one English option for two Chinese ones");
        session.setChoicesZh("心衰");
        assertFalse(session.isChoicesInOrder(), "a choice of one");
        EventQuestion diet = new EventQuestion(EVENT, QuestionKind.TEXT, "饮食要求", "Dietary needs", false);
        assertTrue(diet.isChoicesInOrder());
        diet.setChoicesZh("素食");
        assertFalse(diet.isChoicesInOrder(), "a text question has no options");
    }

    @Test
    void aRequiredQuestionWantsAnAnswerAndAnOptionalOneTakesNone() {
        EventQuestion dinner = new EventQuestion(EVENT, QuestionKind.YES_NO, "参加晚宴", "Dinner", true);
        assertEquals(Optional.of("error.question.required"), dinner.problem(dinner.kept("  ")));
        assertEquals(Optional.empty(), dinner.problem(dinner.kept(EventQuestion.YES)));
        dinner.setRequired(false);
        assertEquals(Optional.empty(), dinner.problem(dinner.kept(null)));
    }

    @Test
    void onlyWhatTheFormOffersIsAnAnswer() {
        EventQuestion session = new EventQuestion(EVENT, QuestionKind.CHOICE, "分会场", "Session", false);
        session.setChoicesZh("心衰\n介入");
        session.setChoicesEn("Heart failure\nInterventions");
        assertEquals(Optional.empty(), session.problem(session.kept("1")));
        for (String forged : List.of("2", "-1", "介入", "01x", "9999")) {
            assertEquals(Optional.of("error.question.offered"), session.problem(session.kept(forged)), forged);
        }
        EventQuestion dinner = new EventQuestion(EVENT, QuestionKind.YES_NO, "参加晚宴", "Dinner", false);
        assertEquals(Optional.of("error.question.offered"), dinner.problem(dinner.kept("maybe")));
        EventQuestion diet = new EventQuestion(EVENT, QuestionKind.TEXT, "饮食要求", "Dietary needs", false);
        assertEquals(Optional.of("error.question.long"), diet.problem(diet.kept("素".repeat(EventQuestion.ANSWER_MAX + 1))));
        assertEquals(Optional.of("清真"), diet.kept(" 清真 "));
        assertEquals(Optional.of("error.question.plain"), diet.problem(diet.kept("清真\u202Eabc")), "a direction override");
    }

    @Test
    void anAnswerReadsInEitherLanguage() {
        EventQuestion session = new EventQuestion(EVENT, QuestionKind.CHOICE, "分会场", "Session", false);
        session.setChoicesZh("心衰\n介入");
        session.setChoicesEn("Heart failure\nInterventions");
        assertEquals("介入", session.answerText("1", Language.ZH));
        assertEquals("Interventions", session.answerText("1", Language.EN));
        EventQuestion dinner = new EventQuestion(EVENT, QuestionKind.YES_NO, "参加晚宴", "Dinner", false);
        assertEquals("否", dinner.answerText(EventQuestion.NO, Language.ZH));
        assertEquals("Yes", dinner.answerText(EventQuestion.YES, Language.EN));
        assertEquals("", dinner.answerText(null, Language.EN));
    }
}
