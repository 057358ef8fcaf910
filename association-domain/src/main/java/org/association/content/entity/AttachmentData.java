package org.association.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The bytes of an attachment and, for images, of its thumbnail and display size (the gallery's large photo);
 * read only when a file is served. Rows stored before display sizes existed get theirs when it is first asked for.
 */
@Entity
@Table(name = "ATTACHMENT_DATA")
public class AttachmentData implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "ATTACHMENT_ID")
    private Long id;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ATTACHMENT_ID")
    private Attachment attachment;

    @Lob
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    @Lob
    @Column(name = "THUMBNAIL")
    private byte[] thumbnail;

    @Lob
    @Column(name = "DISPLAY_IMAGE")
    private byte[] display;

    protected AttachmentData() {
    }

    public AttachmentData(Attachment attachment, byte[] content, byte[] thumbnail, byte[] display) {
        this.attachment = attachment;
        this.content = content;
        this.thumbnail = thumbnail;
        this.display = display;
    }

    public Long getId() {
        return id;
    }

    public byte[] getContent() {
        return content;
    }

    public byte[] getThumbnail() {
        return thumbnail;
    }

    public byte[] getDisplay() {
        return display;
    }

    public void setDisplay(byte[] display) {
        this.display = display;
    }
}
