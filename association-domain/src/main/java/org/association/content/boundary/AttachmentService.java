package org.association.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.association.account.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.association.common.BusinessException;
import org.association.common.EntityStore;
import org.association.common.Hashes;
import org.association.content.control.FileNames;
import org.association.content.control.Thumbnails;
import org.association.content.control.UploadedFiles;
import org.association.content.entity.Article;
import org.association.content.entity.Attachment;
import org.association.content.entity.AttachmentData;

/** Photos and files of articles, stored in the database with their thumbnails. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class AttachmentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    /**
     * Stores an upload under its original (cleaned) name, a photo with its thumbnail and display size. Refused
     * when it is empty, larger than 10 MB, of a type the site does not take, not what its name says it is, or a
     * photo that cannot be read or has more pixels than {@link Thumbnails#MAX_PIXELS}.
     */
    public Attachment attach(long articleId, String submittedName, byte[] bytes, String caption) {
        Article article = store.find(Article.class, articleId);
        String fileName = FileNames.clean(submittedName);
        String contentType = UploadedFiles.checked(fileName, bytes);
        Attachment attachment = new Attachment(article, fileName, contentType, bytes.length, Hashes.sha256(bytes));
        attachment.setCaption(caption);
        // queried rather than kept in a collection on the article, so that uploads leave the article (and its editor's
        // copy) as it is
        attachment.setPosition(em.createQuery("select coalesce(max(f.position) + 1, 0) from Attachment f "
                + "where f.article = :article",
                Integer.class).setParameter("article", article).getSingleResult());
        byte[] thumbnail = null;
        byte[] display = null;
        if (attachment.isImage()) {
            UploadedFiles.checkedImageSize(fileName, bytes);
            Thumbnails.Image image = Thumbnails.of(bytes);
            if (image == null) {
                throw new BusinessException("error.upload.unreadableImage", fileName);
            }
            attachment.setDimensions(image.width(), image.height());
            thumbnail = image.thumbnail();
            display = image.display();
        }
        store.create(attachment, null);
        em.persist(new AttachmentData(attachment, bytes, thumbnail, display));
        store.flush();
        return attachment;
    }

    /** Changes a photo's caption (its alternative text on the site). */
    public Attachment caption(long id, int version, String caption) {
        Attachment attachment = store.findCurrent(Attachment.class, id, version);
        String stripped = caption == null || caption.isBlank() ? null : caption.strip();
        return store.change(attachment, "caption changed", null, changed -> changed.setCaption(stripped));
    }

    /** Removes an attachment and its bytes; an article that had it as cover then has none. */
    public void delete(long id, int version) {
        Attachment attachment = store.findCurrent(Attachment.class, id, version);
        em.createQuery("update Article a set a.cover = null where a.cover = :attachment").setParameter("attachment", attachment)
                .executeUpdate();
        AttachmentData data = em.find(AttachmentData.class, id);
        if (data != null) {
            em.remove(data);
        }
        store.remove(attachment, null);
    }

    public List<Attachment> of(Article article) {
        return em.createNamedQuery(Attachment.BY_ARTICLE, Attachment.class).setParameter("article", article).getResultList();
    }

    public Optional<Attachment> find(long id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    /** The stored bytes of an attachment, or of its thumbnail; only the one column asked for is read. */
    @PermitAll
    public Optional<byte[]> content(long attachmentId, boolean thumbnail) {
        if (thumbnail) {
            Optional<byte[]> small = column("thumbnail", attachmentId);
            if (small.isPresent()) {
                return small;
            }
        }
        return column("content", attachmentId);
    }

    /**
     * The display size of a photo (a JPEG), made from the original and stored when the photo has none yet: it
     * was uploaded before display sizes existed. Empty when there is no such photo or it cannot be read.
     */
    @PermitAll
    public Optional<byte[]> display(long attachmentId) {
        Optional<byte[]> stored = column("display", attachmentId);
        if (stored.isPresent()) {
            return stored;
        }
        AttachmentData data = em.find(AttachmentData.class, attachmentId);
        if (data == null || !em.find(Attachment.class, attachmentId).isImage()) {
            return Optional.empty();
        }
        Thumbnails.Image image = Thumbnails.of(data.getContent());
        if (image == null) {
            return Optional.empty();
        }
        // two servers may both make it at once: they store the same bytes
        data.setDisplay(image.display());
        return Optional.of(image.display());
    }

    /** One byte column of an attachment's data, without loading the others (the original can be 10 MB). */
    private Optional<byte[]> column(String field, long attachmentId) {
        return em.createQuery("select d." + field + " from AttachmentData d where d.id = :id", byte[].class)
                .setParameter("id", attachmentId).getResultStream().filter(Objects::nonNull).findFirst();
    }
}
