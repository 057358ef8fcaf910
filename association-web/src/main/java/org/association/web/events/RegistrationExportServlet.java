package org.association.web.events;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.association.common.AssociationClock;
import org.association.events.boundary.EventService;
import org.association.events.entity.RegistrationStatus;
import org.association.web.admin.ExportFile;
import org.association.web.site.LanguageChoice;

/**
 * An event's registrations as a file: /admin/events/registrations/export?id=&format=csv|xlsx with the table's filter
 * (?status=, ?type=). Only for events staff (the container's constraint on /admin/events/*, and the service's check).
 */
@WebServlet("/admin/events/registrations/export")
public class RegistrationExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private EventService events;

    @Inject
    private AssociationClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean xlsx = "xlsx".equals(request.getParameter("format"));
        long id;
        RegistrationStatus status;
        Long type;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("id")));
            status = request.getParameter("status") == null ? null : RegistrationStatus.valueOf(request.getParameter("status"));
            type = request.getParameter("type") == null ? null : Long.valueOf(request.getParameter("type"));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ExportFile.begin(response, "registrations-" + id + "-" + clock.today(), xlsx);
        events.export(id, status, type, xlsx, LanguageChoice.of(request).locale(), response.getOutputStream());
    }
}
