package org.association.dues.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference a member writes on the transfer, say HY26-4K7P-Q: HY (会员, member), the period's year, four random
 * characters and a check character. Short and typable: upper case, without the look-alikes 0/O, 1/I/L. Random, so that
 * it says nothing about the member and cannot be guessed from another one. The check character is a weighted sum of the
 * others modulo 31, a prime, with distinct weights: any one character mistyped, or two neighbours swapped, is caught.
 */
public final class RemittanceReference {

    /** 31 characters: digits and letters that cannot be mistaken for one another. */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int RANDOM_LENGTH = 4;

    private static final Pattern FORM = Pattern.compile("HY([0-9]{2})-?([" + ALPHABET + "]{4})-?([" + ALPHABET + "])");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RemittanceReference() {
    }

    /** A new reference for a period of that year. */
    public static String create(int year) {
        StringBuilder random = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            random.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        String yy = String.format(Locale.ROOT, "%02d", Math.floorMod(year, 100));
        return "HY" + yy + "-" + random + "-" + check(yy, random.toString());
    }

    /**
     * The reference as written canonically, from what someone typed (any case, spaces, with or without the dashes);
     * empty when it is no reference or its check character does not match.
     */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        Matcher parts = FORM.matcher(typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
        if (!parts.matches() || check(parts.group(1), parts.group(2)) != parts.group(3).charAt(0)) {
            return Optional.empty();
        }
        return Optional.of("HY" + parts.group(1) + "-" + parts.group(2) + "-" + parts.group(3));
    }

    /**
     * The first valid reference written anywhere in free text, such as a bank statement's memo ("会费 hy26 4k7p q 张三"):
     * spaces are dropped and case ignored as {@link #parse} does; a candidate whose check character fails is passed over.
     */
    public static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher parts = FORM.matcher(text.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
        for (int from = 0; from < parts.regionEnd() && parts.find(from); from = parts.start() + 1) {
            if (check(parts.group(1), parts.group(2)) == parts.group(3).charAt(0)) {
                return Optional.of("HY" + parts.group(1) + "-" + parts.group(2) + "-" + parts.group(3));
            }
        }
        return Optional.empty();
    }

    static char check(String yearDigits, String random) {
        String body = yearDigits + random;
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            int value = i < yearDigits.length() ? c - '0' : ALPHABET.indexOf(c);
            sum += (i + 1) * value;
        }
        return ALPHABET.charAt(sum % ALPHABET.length());
    }
}
