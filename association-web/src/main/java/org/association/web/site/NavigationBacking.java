package org.association.web.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.association.content.boundary.ChannelNode;
import org.association.content.boundary.ChannelTree;
import org.association.content.entity.Language;
import org.association.events.control.EventLinks;
import org.primefaces.model.menu.DefaultMenuItem;
import org.primefaces.model.menu.DefaultMenuModel;
import org.primefaces.model.menu.DefaultSubMenu;
import org.primefaces.model.menu.MenuModel;

/** The site menu, built from the channel tree: Home, then each top channel with its sub-channels. */
@Named("navigation")
@RequestScoped
public class NavigationBacking {

    @Inject
    private ChannelTree channels;

    @Inject
    private SiteContext site;

    private MenuModel menu;

    /** What the rendered menu is kept under: it is the same for every page of a language until a channel changes. */
    public String getCacheKey() {
        return "menu-" + site.getLanguage() + "-" + channels.current().version();
    }

    public MenuModel getMenu() {
        if (menu == null) {
            menu = build(site.getLanguage());
        }
        return menu;
    }

    private MenuModel build(Language language) {
        DefaultMenuModel model = new DefaultMenuModel();
        model.getElements().add(DefaultMenuItem.builder()
                .value(Messages.text(language.locale(), "nav.home")).url(SiteLinks.home(language)).build());
        for (ChannelNode root : channels.current().roots()) {
            if (root.children().isEmpty()) {
                model.getElements().add(item(root, language));
                continue;
            }
            DefaultSubMenu submenu = DefaultSubMenu.builder().label(root.name(language)).build();
            if (root.kind() != org.association.content.entity.ChannelKind.GROUP) {
                // a channel that has articles of its own (News) also opens as a whole
                submenu.getElements().add(DefaultMenuItem.builder()
                        .value(Messages.text(language.locale(), "nav.all", root.name(language)))
                        .url(SiteLinks.channel(language, root.slug(), 1)).build());
            }
            root.children().forEach(child -> submenu.getElements().add(item(child, language)));
            model.getElements().add(submenu);
        }
        model.getElements().add(DefaultMenuItem.builder()
                .value(Messages.text(language.locale(), "events.title")).url(EventLinks.upcoming(language)).build());
        model.generateUniqueIds();
        return model;
    }

    private static DefaultMenuItem item(ChannelNode channel, Language language) {
        return DefaultMenuItem.builder().value(channel.name(language))
                .url(SiteLinks.channel(language, channel.slug(), 1)).build();
    }
}
