package org.association.web.organization;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.association.content.boundary.ChannelNode;
import org.association.content.boundary.ChannelTree;
import org.association.content.entity.Language;
import org.association.organization.boundary.AppointmentService;
import org.association.organization.entity.Appointment;
import org.association.organization.entity.Position;
import org.association.web.site.Pages;
import org.association.web.site.ChannelPage;
import org.association.web.site.SiteContext;
import org.association.web.site.SiteLinks;

/** The association's leaders, from the appointments that run today. */
@Named
@RequestScoped
public class LeadershipBacking extends ChannelPage {

    /** The posts of the association itself, in the order the page lists them. */
    static final List<Position> POSTS = List.of(Position.PRESIDENT, Position.VICE_PRESIDENT, Position.SECRETARY_GENERAL,
            Position.COUNCIL_MEMBER);

    /** A post and who holds it. */
    public record Post(Position position, List<Appointment> holders) {
    }

    @Inject
    private AppointmentService appointments;

    private List<Post> posts;

    public void load() {
        List<Appointment> current = appointments.current().stream()
                .filter(appointment -> appointment.getDepartment() == null).toList();
        posts = POSTS.stream()
                .map(position -> new Post(position, current.stream()
                        .filter(appointment -> appointment.getPosition() == position)
                        .sorted(Comparator.comparing(Appointment::getStartOn))
                        .toList()))
                .filter(post -> !post.holders().isEmpty())
                .toList();
    }

    public List<Post> getPosts() {
        return posts;
    }
}
