package org.association.content.boundary;

import java.io.Serializable;
import java.util.List;
import org.association.content.entity.ChannelKind;
import org.association.content.entity.Language;

/** A channel as the site's navigation sees it: an immutable snapshot with its children in order. */
public record ChannelNode(long id, String slug, ChannelKind kind, String nameZh, String nameEn, Long parentId,
        List<ChannelNode> children) implements Serializable {

    public ChannelNode {
        children = List.copyOf(children);
    }

    public String name(Language language) {
        return language == Language.ZH ? nameZh : nameEn;
    }

    public boolean isRoot() {
        return parentId == null;
    }
}
