package org.association.mail.boundary;

import java.util.List;
import java.util.Map;
import org.association.content.entity.Language;
import org.association.mail.control.MailText;
import org.association.mail.entity.MailAttachment;
import org.association.mail.entity.MailCause;

/**
 * A mail to be queued: why, in which language, to whom, the values of the template's placeholders, and the files that
 * go with it.
 *
 * @param memberId the member it is about and addressed to, or null (staff)
 * @param once a key that makes it the only mail of its kind (see MailMessage#once), or null
 * @param attachments the files, in the order they are shown; none for a mail made with the shorter constructor
 */
public record Mail(MailCause cause, Language language, String address, String name, Long memberId, Map<String, String> values,
        String once, List<Attachment> attachments) {

    public Mail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A mail without files. */
    public Mail(MailCause cause, Language language, String address, String name, Long memberId, Map<String, String> values,
            String once) {
        this(cause, language, address, name, memberId, values, once, List.of());
    }

    /**
     * A file of a mail. Its name is made one clean line (a line break in it would begin a header of its own); a
     * content type or content id that is not one is refused, as the code that makes them is at fault.
     *
     * @param contentId the id an image is shown by inside the HTML ({@code <img src="cid:…">}), or null for an attachment
     */
    public record Attachment(String fileName, String contentType, String contentId, byte[] bytes) {

        /** The most bytes one file may have: mail servers commonly refuse mails much larger than this. */
        public static final int MAX_BYTES = 10 * 1024 * 1024;

        public Attachment {
            fileName = MailText.headerLine(fileName, MailAttachment.FILE_NAME_MAX);
            if (fileName == null || fileName.isEmpty()) {
                throw new IllegalArgumentException("an attachment needs a file name");
            }
            if (contentType == null || contentType.length() > MailAttachment.CONTENT_TYPE_MAX
                    || !contentType.matches(MailAttachment.CONTENT_TYPE)) {
                throw new IllegalArgumentException("not a content type: " + MailText.headerLine(contentType, 100));
            }
            if (contentId != null && (contentId.length() > MailAttachment.CONTENT_ID_MAX
                    || !contentId.matches(MailAttachment.CONTENT_ID))) {
                throw new IllegalArgumentException("not a content id: " + MailText.headerLine(contentId, 100));
            }
            if (bytes == null || bytes.length > MAX_BYTES) {
                throw new IllegalArgumentException("an attachment has up to " + MAX_BYTES + " bytes");
            }
        }

        /** A file attached to the mail. */
        public static Attachment file(String fileName, String contentType, byte[] bytes) {
            return new Attachment(fileName, contentType, null, bytes);
        }

        /** An image shown inside the mail under {@code contentId}. */
        public static Attachment inline(String contentId, String fileName, String contentType, byte[] bytes) {
            return new Attachment(fileName, contentType, contentId, bytes);
        }
    }
}
