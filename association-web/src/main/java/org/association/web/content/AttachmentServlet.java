package org.association.web.content;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.association.account.entity.Role;
import org.association.content.boundary.AttachmentService;
import org.association.content.boundary.PublishedArticles;
import org.association.content.entity.Attachment;

/**
 * Photos and files, from the database: /files/{id}/{name}, /thumbnails/{id}.jpg and a photo's display size
 * /display/{id}.jpg (the gallery's large photo: the original can be 10 MB). Readers get
 * those of published articles; staff also those of drafts. The type is the one detected at upload,
 * the name the uploader's own (RFC 6266 with an RFC 5987 UTF-8 form), and the entity tag the hash
 * of the bytes, so an unchanged file costs a 304.
 */
@WebServlet(urlPatterns = {"/files/*", "/thumbnails/*", "/display/*"})
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern FILE = Pattern.compile("/([0-9]{1,18})(/.*)?");
    private static final Pattern JPEG = Pattern.compile("/([0-9]{1,18})\\.jpg");
    /** Attachments never change under their id: a day in any cache is safe. */
    private static final String CACHING = "public, max-age=86400";

    @Inject
    private PublishedArticles published;

    @Inject
    private AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String servletPath = request.getServletPath();
        boolean thumbnail = "/thumbnails".equals(servletPath);
        boolean display = "/display".equals(servletPath);
        boolean jpeg = thumbnail || display;
        Matcher matcher = (jpeg ? JPEG : FILE).matcher(String.valueOf(request.getPathInfo()));
        Optional<Attachment> found = matcher.matches() ? visible(request, Long.parseLong(matcher.group(1))) : Optional.empty();
        if (found.isEmpty() || (jpeg && !found.get().isImage())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment attachment = found.get();
        String etag = "\"" + attachment.getSha256() + (thumbnail ? "-thumbnail" : display ? "-display" : "") + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", isStaff(request) ? "private, no-cache" : CACHING);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<byte[]> bytes = display ? attachments.display(attachment.getId())
                : attachments.content(attachment.getId(), thumbnail);
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(jpeg ? "image/jpeg" : attachment.getContentType());
        if (!response.getContentType().startsWith("text/")) {
            response.setCharacterEncoding((String) null); // bytes, not text: no charset
        }
        response.setHeader("Content-Disposition", contentDisposition(attachment.isImage() ? "inline" : "attachment",
                jpeg ? (thumbnail ? "thumbnail-" : "display-") + attachment.getFileName() + ".jpg" : attachment.getFileName()));
        response.setContentLength(bytes.get().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes.get());
        }
    }

    private Optional<Attachment> visible(HttpServletRequest request, long id) {
        Optional<Attachment> publicOne = published.publishedAttachment(id);
        if (publicOne.isPresent() || !isStaff(request)) {
            return publicOne;
        }
        return attachments.find(id);
    }

    private static boolean isStaff(HttpServletRequest request) {
        return request.isUserInRole(Role.ADMIN_NAME) || request.isUserInRole(Role.EDITOR_NAME);
    }

    /**
     * RFC 6266: a plain ASCII name for old clients (non-ASCII replaced by '_') and the exact name as
     * UTF-8 in filename* for everyone else.
     */
    public static String contentDisposition(String type, String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
