package org.association.content.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import org.association.account.entity.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.association.common.BusinessException;
import org.association.common.DuplicateEntityException;
import org.association.common.EntityStore;
import org.association.content.entity.Article;
import org.association.content.entity.Channel;

/** The navigation tree: read by every page, edited by editors. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME})
public class ChannelService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EntityStore store;

    /** All channels, parents before children within each level's order. */
    @PermitAll
    public List<Channel> all() {
        return em.createNamedQuery(Channel.ALL, Channel.class).getResultList();
    }

    @PermitAll
    public Optional<Channel> bySlug(String slug) {
        return em.createNamedQuery(Channel.BY_SLUG, Channel.class).setParameter("slug", slug).getResultStream().findFirst();
    }

    public Channel find(long id) {
        return store.find(Channel.class, id);
    }

    public Channel create(Channel channel, String reason) {
        refuseTakenSlug(channel);
        return store.create(channel, reason);
    }

    public Channel update(Channel channel, String reason) {
        refuseTakenSlug(channel);
        return store.update(channel, reason);
    }

    /** Deletes an empty channel; one that still holds articles or sub-channels is refused. */
    public void delete(long id, int version, String reason) {
        Channel channel = store.findCurrent(Channel.class, id, version);
        long articles = em.createNamedQuery(Article.COUNT_BY_CHANNEL, Long.class).setParameter("channel", channel)
                .getSingleResult();
        if (articles > 0) {
            throw new BusinessException("error.channel.hasArticles", channel.getSlug(), articles);
        }
        if (all().stream().anyMatch(other -> channel.equals(other.getParent()))) {
            throw new BusinessException("error.channel.hasChildren", channel.getSlug());
        }
        store.remove(channel, reason);
    }

    /** Moves a channel one place up (-1) or down (+1) among its siblings. */
    public void reorder(long id, int version, int direction) {
        Channel channel = store.findCurrent(Channel.class, id, version);
        List<Channel> siblings = all().stream()
                .filter(other -> Objects.equals(other.getParent(), channel.getParent()))
                .toList();
        int index = siblings.indexOf(channel);
        int target = index + Integer.signum(direction);
        if (target < 0 || target >= siblings.size()) {
            return;
        }
        List<Channel> ordered = new ArrayList<>(siblings);
        ordered.remove(index);
        ordered.add(target, channel);
        for (int position = 0; position < ordered.size(); position++) {
            int place = position;
            store.change(ordered.get(position), "reordered", null, sibling -> sibling.setPosition(place));
        }
    }

    private void refuseTakenSlug(Channel channel) {
        bySlug(channel.getSlug())
                .filter(other -> !other.getId().equals(channel.getId()))
                .ifPresent(other -> {
                    throw new DuplicateEntityException("slug", channel.getSlug());
                });
    }
}
