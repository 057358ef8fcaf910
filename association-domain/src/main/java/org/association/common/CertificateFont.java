package org.association.common;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CJK font the certificates (CME and membership) are drawn with: the setting {@code association.certificates.font},
 * else the first Debian TrueType CJK font found. PDFBox embeds only TrueType outlines, so Noto CJK (CFF) does not do.
 * Without a font no certificate can be made, which the log says when first asked and the pages that offer one tell staff.
 */
@ApplicationScoped
public class CertificateFont {

    private static final Logger LOG = Logger.getLogger(CertificateFont.class.getName());

    /** fonts-wqy-zenhei, fonts-wqy-microhei, fonts-arphic-uming, fonts-arphic-ukai */
    static final List<String> DEBIAN_FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/arphic/ukai.ttc");

    @Inject
    @ConfigProperty(name = "association.certificates.font")
    private Optional<String> configured;

    private Optional<Path> font;

    @PostConstruct
    void find() {
        if (configured.isPresent()) {
            Path path = Path.of(configured.get());
            font = Files.isReadable(path) ? Optional.of(path) : Optional.empty();
            if (font.isEmpty()) {
                LOG.log(Level.SEVERE, "association.certificates.font {0} is not a readable file: no certificate can be made",
                        path);
            }
            return;
        }
        font = DEBIAN_FONTS.stream().map(Path::of).filter(Files::isReadable).findFirst();
        if (font.isEmpty()) {
            LOG.log(Level.SEVERE, "No CJK TrueType font for certificates in {0}; install fonts-wqy-zenhei or set "
                    + "association.certificates.font: no certificate can be made", DEBIAN_FONTS);
        }
    }

    public Optional<Path> path() {
        return font;
    }
}
