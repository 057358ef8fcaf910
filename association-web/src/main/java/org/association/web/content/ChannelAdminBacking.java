package org.association.web.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.association.common.BusinessException;
import org.association.content.boundary.ChannelService;
import org.association.content.entity.Channel;
import org.association.content.entity.ChannelKind;
import org.association.web.admin.Feedback;

/** Editing the navigation tree: add, rename in both languages, move under another parent, reorder, delete an empty channel. */
@Named
@ViewScoped
public class ChannelAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "channel";

    /** A channel in tree order, with its depth for indenting. */
    public record Row(Channel channel, int depth) implements Serializable {
    }

    @Inject
    private ChannelService channels;

    @Inject
    private Feedback feedback;

    private List<Row> rows;
    private Channel editing;
    /** The channels the edited one may move under: any but itself. */
    private List<Channel> parents;

    public List<Row> getRows() {
        if (rows == null) {
            List<Channel> all = channels.all();
            rows = new ArrayList<>();
            addChildren(all, null, 0);
        }
        return rows;
    }

    private void addChildren(List<Channel> all, Channel parent, int depth) {
        for (Channel channel : all) {
            if (Objects.equals(channel.getParent(), parent)) {
                rows.add(new Row(channel, depth));
                addChildren(all, channel, depth + 1);
            }
        }
    }

    public void add() {
        startEditing(new Channel(null, ChannelKind.ARTICLES, null, null));
        editing.setPosition(getRows().size());
    }

    public void edit(Channel channel) {
        startEditing(channels.find(channel.getId()));
    }

    private void startEditing(Channel channel) {
        editing = channel;
        parents = channels.all().stream().filter(other -> !other.equals(channel)).toList();
    }

    public void save() {
        try {
            if (editing.isNew()) {
                channels.create(editing, null);
            } else {
                channels.update(editing, null);
            }
            feedback.info("channel.saved", editing.getNameZh());
            editing = null;
            rows = null;
        } catch (BusinessException e) {
            feedback.refused(FORM, e);
        }
    }

    public void move(Channel channel, int direction) {
        try {
            channels.reorder(channel.getId(), channel.getVersion(), direction);
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
        rows = null;
    }

    public void delete(Channel channel) {
        try {
            channels.delete(channel.getId(), channel.getVersion(), null);
            feedback.info("channel.deleted", channel.getNameZh());
        } catch (BusinessException e) {
            feedback.refused(null, e);
        }
        rows = null;
    }

    public List<Channel> getParents() {
        return parents;
    }

    public Channel getEditing() {
        return editing;
    }
}
