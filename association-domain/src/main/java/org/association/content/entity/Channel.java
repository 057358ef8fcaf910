package org.association.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;

/** A node of the site's navigation tree; its slug is the first segment of its address. */
@Entity
@Table(name = "CHANNEL")
@NamedQuery(name = Channel.ALL, query = "select c from Channel c order by c.position, c.id")
@NamedQuery(name = Channel.BY_SLUG, query = "select c from Channel c where c.slug = :slug")
@NamedQuery(name = Channel.COUNT, query = "select count(c) from Channel c")
public class Channel extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "Channel.all";
    public static final String BY_SLUG = "Channel.bySlug";
    public static final String COUNT = "Channel.count";

    public static final int SLUG_MAX = 60;
    public static final int NAME_MAX = 100;
    public static final String SLUG_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

    @UniqueKey("CHANNEL_SLUG_UQ")
    @NotBlank
    @Size(max = SLUG_MAX)
    @Pattern(regexp = SLUG_PATTERN, message = "{association.slug}")
    @Column(nullable = false, unique = true, length = SLUG_MAX)
    private String slug;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PARENT_ID")
    private Channel parent;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ChannelKind kind = ChannelKind.ARTICLES;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "NAME_ZH", nullable = false, length = NAME_MAX)
    private String nameZh;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "NAME_EN", nullable = false, length = NAME_MAX)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    protected Channel() {
    }

    public Channel(String slug, ChannelKind kind, String nameZh, String nameEn) {
        this.slug = slug;
        this.kind = kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String name(Language language) {
        return language == Language.ZH ? nameZh : nameEn;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Channel getParent() {
        return parent;
    }

    public void setParent(Channel parent) {
        this.parent = parent;
    }

    public ChannelKind getKind() {
        return kind;
    }

    public void setKind(ChannelKind kind) {
        this.kind = kind;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
