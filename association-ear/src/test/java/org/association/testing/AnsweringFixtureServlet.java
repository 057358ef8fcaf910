package org.association.testing;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.association.common.BusinessException;

/**
 * A fixture servlet that answers each POST with one line of text, by its path: "refused KEY" for a service's
 * refusal, 404 for a path it does not know.
 */
abstract class AnsweringFixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

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

    /** The answer to the request's path, or null for a path this fixture does not know. */
    protected abstract String answer(HttpServletRequest request);

    static long id(HttpServletRequest request, String name) {
        return Long.parseLong(request.getParameter(name));
    }
}
