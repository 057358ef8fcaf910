package org.association.mail.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an SMTP failure means for the mail: an answer with a 5xx reply code (the address does not exist, the
 * message is refused) is permanent, so the mail is not tried again; anything else (4xx, no connection, a
 * timeout) is passing. Read from the messages of the exception chain, where Jakarta Mail puts the server's reply,
 * so no provider-specific exception class is needed.
 */
public record SmtpFailure(boolean permanent, String text) {

    private static final Pattern REPLY = Pattern.compile("(?:^|\\s)([245])[0-9]{2}[ -]");

    public static SmtpFailure of(Throwable failure) {
        String first = null;
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            String message = cause.getMessage();
            if (message == null) {
                continue;
            }
            if (first == null) {
                first = message.strip();
            }
            Matcher reply = REPLY.matcher(message);
            if (reply.find()) {
                return new SmtpFailure("5".equals(reply.group(1)), message.strip());
            }
        }
        // what staff read in the mail log: the server's or the connection's own words, the class only without them
        return new SmtpFailure(false, first == null ? failure.getClass().getSimpleName() : first);
    }

    /** The next exception down: Jakarta Mail chains its own through getNextException, which is also getCause. */
    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
