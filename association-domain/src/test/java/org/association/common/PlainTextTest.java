package org.association.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.association.membership.entity.Member;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @Test
    void namesInAnyScriptWithEmojiAndDirectionMarksArePlainText() {
        for (String name : List.of("赵聪", "Zhao Cong", "محمد\u200F", "Dr. 王 😀", "Jos\u00E9 O'Neil-Smith")) {
            assertTrue(PlainText.Validator.accepts(name, false), name);
        }
    }

    @Test
    void controlCharactersAndDirectionOverridesAreNot() {
        for (String name : List.of("a\u0000b", "bell\u0007", "esc\u001B[31m", "two\nlines", "tab\tbed", "c1\u0085",
                "evil\u202Egnp.exe", "iso\u2067x")) {
            assertFalse(PlainText.Validator.accepts(name, false), name);
        }
    }

    @Test
    void multiLineTextMayBreakLinesButNotHoldOtherControls() {
        assertTrue(PlainText.Validator.accepts("line one\r\nline two\n\tindented", true));
        assertFalse(PlainText.Validator.accepts("line\u0000", true));
        assertFalse(PlainText.Validator.accepts("line\u202E", true));
    }

    @Test
    void aRecordReportsEachOffendingFieldByName() {
        Member member = Member.individual("bad\u0000name");
        member.setEmployer("ok employer");
        member.setNotes("notes may\nrun over lines");
        member.setAddress("two\nlines");
        Set<ConstraintViolation<Member>> violations = validator.validate(member);
        assertEquals(List.of("address", "name"), violations.stream().map(violation -> violation.getPropertyPath().toString())
                .sorted().toList());
    }
}
