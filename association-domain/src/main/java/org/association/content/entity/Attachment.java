package org.association.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.association.common.VersionedEntity;

/**
 * An uploaded photo or file of an article. Only what describes it lives here; the bytes are in
 * {@link AttachmentData}, in the database, so every server of a cluster can serve them.
 */
@Entity
@Table(name = "ATTACHMENT")
@NamedQuery(name = Attachment.BY_ARTICLE,
        query = "select f from Attachment f where f.article = :article order by f.position, f.id")
public class Attachment extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final String BY_ARTICLE = "Attachment.byArticle";

    public static final int FILE_NAME_MAX = 255;
    public static final int CONTENT_TYPE_MAX = 100;
    public static final int CAPTION_MAX = 300;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ARTICLE_ID", nullable = false)
    private Article article;

    /** As the uploader's computer named it, in any script: "大照片.jpg". */
    @NotBlank
    @Size(max = FILE_NAME_MAX)
    @Column(name = "FILE_NAME", nullable = false, length = FILE_NAME_MAX)
    private String fileName;

    /** Detected from the bytes, never taken from the name or the browser. */
    @NotBlank
    @Size(max = CONTENT_TYPE_MAX)
    @Column(name = "CONTENT_TYPE", nullable = false, length = CONTENT_TYPE_MAX)
    private String contentType;

    @PositiveOrZero
    @Column(name = "SIZE_BYTES", nullable = false)
    private long sizeBytes;

    /** Hex SHA-256 of the bytes: the entity tag of the download. */
    @NotBlank
    @Column(nullable = false, length = 64)
    private String sha256;

    private Integer width;

    private Integer height;

    @Size(max = CAPTION_MAX)
    @Column(length = CAPTION_MAX)
    private String caption;

    @Column(nullable = false)
    private int position;

    protected Attachment() {
    }

    public Attachment(Article article, String fileName, String contentType, long sizeBytes, String sha256) {
        this.article = article;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    public Article getArticle() {
        return article;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public void setDimensions(Integer width, Integer height) {
        this.width = width;
        this.height = height;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
