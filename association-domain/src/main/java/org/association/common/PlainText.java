package org.association.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Every text field of a record holds plain text: no control characters (NUL, escape, a line break in a
 * name) and no direction overrides, which can make a name read differently from what it is. Fields
 * marked {@link MultiLine} may hold line breaks and tabs. Checked on the whole record, so a field added
 * later is covered without anyone remembering to annotate it; each offending field is reported by name.
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** The key of the message in ValidationMessages, for whoever tells it outside Bean Validation. */
    String MESSAGE_KEY = "association.plainText";

    String message() default "{" + MESSAGE_KEY + "}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A text field that may run over several lines: notes, descriptions, article bodies. */
    @Documented
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface MultiLine {
    }

    /** Checks the text fields of a record, found once per class. */
    class Validator implements ConstraintValidator<PlainText, Object> {

        private static final ClassValue<List<Field>> TEXT_FIELDS = new ClassValue<>() {
            @Override
            protected List<Field> computeValue(Class<?> type) {
                List<Field> fields = new ArrayList<>();
                for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        if (field.getType() == String.class && !Modifier.isStatic(field.getModifiers())) {
                            field.setAccessible(true);
                            fields.add(field);
                        }
                    }
                }
                return List.copyOf(fields);
            }
        };

        /** True when {@code text} holds no control character (line breaks and tabs allowed in multi-line text) and no direction
         * override. */
        public static boolean accepts(String text, boolean multiLine) {
            return text.chars()
                    .noneMatch(c -> Character.getType(c) == Character.CONTROL
                    && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))
                    || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069');
        }

        @Override
        public boolean isValid(Object record, ConstraintValidatorContext context) {
            if (record == null) {
                return true;
            }
            boolean valid = true;
            for (Field field : TEXT_FIELDS.get(record.getClass())) {
                String text = read(field, record);
                if (text != null && !accepts(text, field.isAnnotationPresent(MultiLine.class))) {
                    if (valid) {
                        context.disableDefaultConstraintViolation();
                        valid = false;
                    }
                    context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                            .addPropertyNode(field.getName()).addConstraintViolation();
                }
            }
            return valid;
        }

        private static String read(Field field, Object record) {
            try {
                return (String) field.get(record);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + field, e);
            }
        }
    }
}
