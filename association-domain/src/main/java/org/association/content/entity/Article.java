package org.association.content.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.association.common.ContentChanged;
import org.association.common.PlainText;
import org.association.common.Placed;
import org.association.common.UniqueKey;
import org.association.common.VersionedEntity;

/**
 * A piece of news or a standing page. Its body is HTML that is sanitized before it is stored; its
 * add-time ({@code publishedAt}) is what readers see and what orders the lists.
 */
@Entity
@Table(name = "ARTICLE")
@NamedQuery(name = Article.PUBLISHED,
        query = "select a from Article a join fetch a.channel where a.status = "
                + "org.association.content.entity.ArticleStatus.PUBLISHED"
                + " order by a.publishedAt desc, a.id desc")
@NamedQuery(name = Article.COUNT_PUBLISHED,
        query = "select count(a) from Article a where a.status = org.association.content.entity.ArticleStatus.PUBLISHED")
@NamedQuery(name = Article.BY_CHANNEL_AND_SLUG,
        query = "select a from Article a where a.channel = :channel and a.slug = :slug")
@NamedQuery(name = Article.COUNT_BY_CHANNEL, query = "select count(a) from Article a where a.channel = :channel")
public class Article extends VersionedEntity implements Placed {

    private static final long serialVersionUID = 1L;

    public static final String PUBLISHED = "Article.published";
    public static final String COUNT_PUBLISHED = "Article.countPublished";
    public static final String BY_CHANNEL_AND_SLUG = "Article.byChannelAndSlug";
    public static final String COUNT_BY_CHANNEL = "Article.countByChannel";

    public static final int SLUG_MAX = 120;
    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    public static final int AUTHOR_MAX = 60;
    /** Generous for rich text with inline images, small enough to refuse a pasted document dump. */
    public static final int BODY_MAX = 200_000;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "CHANNEL_ID", nullable = false)
    private Channel channel;

    @UniqueKey("ARTICLE_CHANNEL_SLUG_UQ")
    @NotBlank
    @Size(max = SLUG_MAX)
    @Pattern(regexp = Channel.SLUG_PATTERN, message = "{association.slug}")
    @Column(nullable = false, length = SLUG_MAX)
    private String slug;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language = Language.ZH;

    /** The same article in the other language; kept symmetric by the service. */
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "TRANSLATION_ID")
    private Article translation;

    @NotBlank
    @Size(max = TITLE_MAX)
    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @PlainText.MultiLine
    @Size(max = SUMMARY_MAX)
    @Column(length = SUMMARY_MAX)
    private String summary;

    /*
     * Fetched with the rest: EclipseLink loads a lazy basic field of a detached copy by refreshing the
     * whole copy from the database, which would undo an editor's unsaved changes.
     */
    @Lob
    @PlainText.MultiLine
    @Size(max = BODY_MAX)
    @Column(name = "BODY")
    private String body;

    @NotBlank
    @Size(max = AUTHOR_MAX)
    @Column(name = "AUTHOR_NAME", nullable = false, length = AUTHOR_MAX)
    private String authorName;

    /** The add-time: when it was (or will be) published. */
    @NotNull
    @Column(name = "PUBLISHED_AT", nullable = false)
    private LocalDateTime publishedAt;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Column(nullable = false)
    private boolean pinned;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "COVER_ID")
    private Attachment cover;


    @Column(name = "VIEW_COUNT", nullable = false)
    private long viewCount;

    protected Article() {
    }

    public Article(Channel channel, Language language, String slug, String title, String authorName,
            LocalDateTime publishedAt) {
        this.channel = channel;
        this.language = language;
        this.slug = slug;
        this.title = title;
        this.authorName = authorName;
        this.publishedAt = publishedAt;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    /**
     * A published article is on its own page, its translation's, the lists of its channel and those above it, and the
     * home page when pinned or under a main channel of articles (the home page lists the newest of those).
     */
    @Override
    public ContentChanged.Placement placement() {
        if (!isPublished()) {
            return ContentChanged.Placement.NOWHERE;
        }
        List<String> channels = new ArrayList<>();
        Channel root = channel;
        for (Channel above = channel; above != null; above = above.getParent()) {
            channels.add(above.getSlug());
            root = above;
        }
        List<String> addresses = new ArrayList<>(List.of(address()));
        if (translation != null && translation.isPublished()) {
            addresses.add(translation.address());
        }
        return new ContentChanged.Placement(channels, pinned || root.getKind() == ChannelKind.ARTICLES, addresses);
    }

    /** The path of the article's page, without the language prefix: its channel, its add-time's date and its slug. */
    private String address() {
        return String.format("/%s/%04d/%02d/%02d/%s", channel.getSlug(), publishedAt.getYear(), publishedAt.getMonthValue(),
                publishedAt.getDayOfMonth(), slug);
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Article getTranslation() {
        return translation;
    }

    public void setTranslation(Article translation) {
        this.translation = translation;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    public void setPublishedAt(LocalDateTime publishedAt) {
        this.publishedAt = publishedAt;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public void setStatus(ArticleStatus status) {
        this.status = status;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Attachment getCover() {
        return cover;
    }

    public void setCover(Attachment cover) {
        this.cover = cover;
    }


    public long getViewCount() {
        return viewCount;
    }
}
