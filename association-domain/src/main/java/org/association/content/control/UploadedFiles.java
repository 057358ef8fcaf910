package org.association.content.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.tika.Tika;
import org.association.common.BusinessException;

/**
 * Decides what an upload really is from its first bytes (Apache Tika's magic numbers), and whether
 * the site accepts it. The name only settles what the bytes leave open (an Office file is a ZIP).
 */
public final class UploadedFiles {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Accepted types and the extensions a file of that type may carry. */
    private static final Map<String, String> ACCEPTED = Map.ofEntries(
            Map.entry("image/jpeg", "jpg jpeg jpe jfif"),
            Map.entry("image/png", "png"),
            Map.entry("image/gif", "gif"),
            Map.entry("image/webp", "webp"),
            Map.entry("application/pdf", "pdf"),
            Map.entry("application/msword", "doc"),
            Map.entry("application/vnd.ms-excel", "xls"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
            Map.entry("text/plain", "txt"));

    /** Types whose bytes alone cannot tell them from their container format. */
    private static final Map<String, String> CONTAINERS = Map.of(
            "application/zip", "docx xlsx pptx",
            "application/x-tika-ooxml", "docx xlsx pptx",
            "application/x-tika-msoffice", "doc xls");

    private static final Tika TIKA = new Tika();

    private UploadedFiles() {
    }

    /**
     * The content type of {@code bytes}, or null when the site does not accept such a file or the
     * name claims something the bytes are not.
     */
    public static String acceptedType(byte[] bytes, String fileName) {
        String extension = FileNames.extension(fileName);
        String detected = detect(bytes);
        if (CONTAINERS.containsKey(detected)) {
            return listed(CONTAINERS.get(detected), extension) ? typeOfExtension(extension) : null;
        }
        String extensions = ACCEPTED.get(detected);
        if (extensions == null) {
            return null;
        }
        return extension.isEmpty() || listed(extensions, extension) ? detected : null;
    }

    /**
     * The content type of a staff or member upload, checked as every upload of the site is: refused when it is empty,
     * larger than 10 MB, of a type the site does not take, or not what its name says it is.
     */
    public static String checked(String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new BusinessException("error.upload.empty", fileName);
        }
        if (bytes.length > MAX_BYTES) {
            throw new BusinessException("error.upload.tooLarge", fileName, MAX_BYTES / (1024 * 1024));
        }
        String contentType = acceptedType(bytes, fileName);
        if (contentType == null) {
            throw new BusinessException("error.upload.type", fileName);
        }
        return contentType;
    }

    /** The size of an uploaded photo; refused when it cannot be read or has more pixels than {@link Thumbnails#MAX_PIXELS}. */
    public static Thumbnails.Size checkedImageSize(String fileName, byte[] bytes) {
        Thumbnails.Size size = Thumbnails.size(bytes).orElseThrow(() -> new BusinessException("error.upload.unreadableImage",
                fileName));
        if (size.pixels() > Thumbnails.MAX_PIXELS) {
            throw new BusinessException("error.upload.tooManyPixels", fileName, size.width(), size.height(),
                    Thumbnails.MAX_PIXELS / 1_000_000);
        }
        return size;
    }

    private static String detect(byte[] bytes) {
        try {
            return TIKA.detect(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean listed(String extensions, String extension) {
        return !extension.isEmpty() && (" " + extensions + " ").contains(" " + extension + " ");
    }

    private static String typeOfExtension(String extension) {
        return ACCEPTED.entrySet().stream()
                .filter(entry -> listed(entry.getValue(), extension))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }
}
