package org.association.web.membership;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.association.common.AssociationClock;
import org.association.membership.boundary.MemberService;
import org.association.membership.entity.MemberKind;
import org.association.web.admin.ExportFile;
import org.association.web.site.LanguageChoice;

/**
 * The member table as a file: /admin/members/export?format=csv|xlsx with the table's filter. Only for
 * membership staff (the container's constraint on /admin/members/*, and the service's own check).
 */
@WebServlet("/admin/members/export")
public class MemberExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberService members;

    @Inject
    private AssociationClock clock;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean xlsx = "xlsx".equals(request.getParameter("format"));
        MemberKind kind;
        LocalDate paidFrom;
        LocalDate paidTo;
        Long department;
        try {
            kind = request.getParameter("kind") == null ? null : MemberKind.valueOf(request.getParameter("kind"));
            paidFrom = date(request.getParameter("paidFrom"));
            paidTo = date(request.getParameter("paidTo"));
            department = request.getParameter("department") == null ? null : Long.valueOf(request.getParameter("department"));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ExportFile.begin(response, "members-" + clock.today(), xlsx);
        members.export(MemberFilters.of(request.getParameter("text"), kind, request.getParameter("status"), department, paidFrom,
                paidTo),
                request.getParameter("sort"), !"false".equals(request.getParameter("ascending")), xlsx,
                LanguageChoice.of(request).locale(), response.getOutputStream());
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }
}
