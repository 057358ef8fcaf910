package org.association.content.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.association.common.ContentChanged;
import org.association.common.ContentChanges;
import org.association.content.entity.Channel;

/**
 * The navigation tree, read once and kept as an immutable snapshot that every page shares (menu,
 * breadcrumbs, address routing). Replaced after any channel is saved, here or on another server of the group.
 */
@ApplicationScoped
public class ChannelTree {

    /** The tree as it stood when last read; {@code version} is higher for every later read. */
    public record Snapshot(long version, List<ChannelNode> roots, Map<String, ChannelNode> bySlug, Map<Long, ChannelNode> byId) {

        public Optional<ChannelNode> bySlug(String slug) {
            return Optional.ofNullable(bySlug.get(slug));
        }

        public Optional<ChannelNode> byId(long id) {
            return Optional.ofNullable(byId.get(id));
        }

        /** The channel and its ancestors, root first: what a breadcrumb shows. */
        public List<ChannelNode> path(ChannelNode channel) {
            List<ChannelNode> path = new ArrayList<>();
            for (ChannelNode node = channel; node != null; node = node.parentId() == null ? null : byId.get(node.parentId())) {
                path.add(0, node);
            }
            return path;
        }

        /** The ids of the channel and all channels below it: a channel page lists their articles too. */
        public List<Long> withDescendants(ChannelNode channel) {
            List<Long> ids = new ArrayList<>();
            collect(channel, ids);
            return ids;
        }

        private static void collect(ChannelNode node, List<Long> ids) {
            ids.add(node.id());
            node.children().forEach(child -> collect(child, ids));
        }
    }

    @Inject
    private ChannelService channels;

    @Inject
    private ContentChanges changes;

    private volatile Snapshot snapshot;
    private final AtomicLong reads = new AtomicLong();

    @PostConstruct
    void load() {
        snapshot = read();
        changes.subscribe(this::refresh);
    }

    public Snapshot current() {
        return snapshot;
    }

    private void refresh(ContentChanged change) {
        if ("Channel".equals(change.entityType())) {
            snapshot = read();
        }
    }

    private Snapshot read() {
        List<Channel> all = channels.all();
        Map<Long, List<Channel>> childrenOf = new HashMap<>();
        all.forEach(channel -> childrenOf.computeIfAbsent(channel.getParent() == null ? null : channel.getParent().getId(),
                parent -> new ArrayList<>()).add(channel));
        Map<String, ChannelNode> bySlug = new LinkedHashMap<>();
        Map<Long, ChannelNode> byId = new HashMap<>();
        List<ChannelNode> roots = childrenOf.getOrDefault(null, List.of()).stream()
                .map(root -> node(root, childrenOf, bySlug, byId)).toList();
        return new Snapshot(reads.incrementAndGet(), roots, Map.copyOf(bySlug), Map.copyOf(byId));
    }

    private static ChannelNode node(Channel channel, Map<Long, List<Channel>> childrenOf, Map<String, ChannelNode> bySlug,
            Map<Long, ChannelNode> byId) {
        List<ChannelNode> children = childrenOf.getOrDefault(channel.getId(), List.of()).stream()
                .map(child -> node(child, childrenOf, bySlug, byId)).toList();
        ChannelNode node = new ChannelNode(channel.getId(), channel.getSlug(), channel.getKind(), channel.getNameZh(),
                channel.getNameEn(), channel.getParent() == null ? null : channel.getParent().getId(), children);
        bySlug.put(node.slug(), node);
        byId.put(node.id(), node);
        return node;
    }
}
