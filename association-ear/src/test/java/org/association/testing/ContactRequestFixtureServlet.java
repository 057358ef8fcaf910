package org.association.testing;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.association.common.BusinessException;
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
public class ContactRequestFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Staff staff;

    @Inject
    private ContactRequests requests;

    @Inject
    private MemberContacts contacts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String answer;
        try {
            answer = answer(request);
        } catch (BusinessException refused) {
            answer = "refused " + refused.getMessageKey();
        }
        if (answer == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(answer);
    }

    private String answer(HttpServletRequest request) {
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

    private static long id(HttpServletRequest request, String name) {
        return Long.parseLong(request.getParameter(name));
    }
}
