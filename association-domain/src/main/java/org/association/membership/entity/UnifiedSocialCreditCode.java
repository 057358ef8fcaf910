package org.association.membership.entity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from the national
 * alphabet whose last one is the weighted check character of the first 17. Null is valid.
 */
@Documented
@Constraint(validatedBy = UnifiedSocialCreditCode.Validator.class)
@Target({FIELD, METHOD})
@Retention(RUNTIME)
public @interface UnifiedSocialCreditCode {

    String message() default "{association.creditCode}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<UnifiedSocialCreditCode, String> {

        /** The 31 characters of the code's alphabet: digits and capitals without I, O, S, V, Z. */
        static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValid(value);
        }

        public static boolean isValid(String code) {
            if (code.length() != 18) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                int digit = ALPHABET.indexOf(code.charAt(i));
                if (digit < 0) {
                    return false;
                }
                sum += digit * WEIGHTS[i];
            }
            return code.charAt(17) == checkCharacter(sum);
        }

        /** Completes a 17-character stem with its check character (used to make demo and test data). */
        public static String complete(String stem) {
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += ALPHABET.indexOf(stem.charAt(i)) * WEIGHTS[i];
            }
            return stem + checkCharacter(sum);
        }

        private static char checkCharacter(int sum) {
            return ALPHABET.charAt((31 - sum % 31) % 31);
        }
    }
}
