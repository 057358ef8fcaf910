package org.association.web.content;

import java.util.List;
import org.association.content.entity.Attachment;

/** An article's attachments as its page shows them: photos in the gallery, other files for download. */
public record ArticleAttachments(List<Attachment> photos, List<Attachment> files) {

    public static final ArticleAttachments NONE = new ArticleAttachments(List.of(), List.of());

    public static ArticleAttachments of(List<Attachment> attachments) {
        return new ArticleAttachments(attachments.stream().filter(Attachment::isImage).toList(),
                attachments.stream().filter(attachment -> !attachment.isImage()).toList());
    }
}
