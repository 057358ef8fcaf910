package org.association.web.content;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.association.common.BusinessException;
import org.association.content.boundary.ArticleFilter;
import org.association.content.boundary.ArticleRow;
import org.association.content.boundary.ArticleService;
import org.association.content.boundary.ChannelService;
import org.association.content.entity.ArticleStatus;
import org.association.content.entity.Channel;
import org.association.content.entity.Language;
import org.association.web.admin.Feedback;
import org.association.web.admin.ServiceDataModel;

/** The editors' article table: any status, filtered by channel, status, language and words of the title. */
@Named
@ViewScoped
public class ArticleListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ArticleService articles;

    @Inject
    private ChannelService channels;

    @Inject
    private Feedback feedback;

    private Long channelId;
    private ArticleStatus status;
    private Language language;
    private String text;
    private ServiceDataModel<ArticleRow> model;
    /** The channels to filter by, read once a view. */
    private List<Channel> channelList;

    @PostConstruct
    void create() {
        channelList = channels.all();
        model = new ServiceDataModel<>(() -> articles.count(filter()),
                (first, max, sortField, ascending) -> articles.search(filter(), first, max, sortField, ascending),
                ArticleRow::id);
    }

    private ArticleFilter filter() {
        return new ArticleFilter(channelId, status, language, text);
    }

    public void pin(ArticleRow row, boolean pinned) {
        try {
            articles.pin(row.id(), articles.find(row.id()).getVersion(), pinned);
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
    }

    public List<Channel> getChannels() {
        return channelList;
    }

    public ServiceDataModel<ArticleRow> getModel() {
        return model;
    }

    public Long getChannelId() {
        return channelId;
    }

    public void setChannelId(Long channelId) {
        this.channelId = channelId;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public void setStatus(ArticleStatus status) {
        this.status = status;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
