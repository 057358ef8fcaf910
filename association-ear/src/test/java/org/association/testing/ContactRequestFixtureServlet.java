package org.association.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.association.portal.boundary.ContactRequests;
import org.association.portal.boundary.MemberContacts;
import org.association.portal.entity.ContactRequest;

/**
 * The contact request tests' side of the application, as MEMBERSHIP staff would: POST
 * /association-tests/contact-request-fixtures/ requests (?member=: "id kind status name email" a line, newest
 * first), approve (?id=) and reject (?id=, ?reason=): the new status or "refused KEY"; contacts (?member=: "id name
 * email title" a line, by name, as the member's page lists them).
 */
@WebServlet("/contact-request-fixtures/*")
public class ContactRequestFixtureServlet extends AnsweringFixtureServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Staff staff;

    @Inject
    private ContactRequests requests;

    @Inject
    private MemberContacts contacts;

    @Override
    protected String answer(HttpServletRequest request) {
        return switch (String.valueOf(request.getPathInfo())) {
            case "/requests" -> staff.admin(() -> requests.of(id(request, "member"))).stream()
                    .map(asked -> asked.getId() + " " + asked.getKind() + " " + asked.getStatus() + " " + asked.getName() + " "
                            + asked.getEmail())
                    .collect(Collectors.joining("\n"));
            case "/approve" -> staff.admin(() -> {
                ContactRequest asked = request(request);
                return requests.approve(asked.getId(), asked.getVersion()).getStatus().name();
            });
            case "/reject" -> staff.admin(() -> {
                ContactRequest asked = request(request);
                return requests.reject(asked.getId(), asked.getVersion(), request.getParameter("reason")).getStatus().name();
            });
            case "/contacts" -> staff.admin(() -> contacts.of(id(request, "member"))).stream()
                    .map(contact -> contact.getId() + " " + contact.getName() + " " + contact.getEmail() + " "
                            + contact.getTitle())
                    .collect(Collectors.joining("\n"));
            default -> null;
        };
    }

    private ContactRequest request(HttpServletRequest request) {
        return requests.find(id(request, "id"));
    }
}
