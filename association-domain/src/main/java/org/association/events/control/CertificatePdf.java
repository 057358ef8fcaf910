package org.association.events.control;

import java.io.IOException;
import java.nio.file.Path;
import org.association.common.CertificateSheet;
import org.association.events.entity.CmeCategory;

/**
 * Draws a CME certificate in Chinese and English on a {@link CertificateSheet}: who attended what, when, the credits,
 * the verification code, and a QR code of the verification page.
 */
public final class CertificatePdf {

    private CertificatePdf() {
    }

    public static byte[] write(CertificateContent content, Path font) throws IOException {
        return CertificateSheet.write(font, "CME certificate " + content.code(), content.verifyUrl(), lines -> {
            lines.add(24, "继续医学教育学分证书");
            lines.add(16, "Certificate of Continuing Medical Education Credits");
            lines.gap();
            lines.add(20, content.name());
            lines.add(12, "参加了 / attended");
            lines.add(16, content.eventZh());
            lines.add(13, content.eventEn());
            lines.add(12, dates(content));
            lines.gap();
            lines.add(16, categoryZh(content.category()) + " " + content.points().toPlainString() + " 分");
            lines.add(13, categoryEn(content.category()) + ", " + content.points().toPlainString() + " credits");
            lines.gap();
            lines.add(10, "验证码 / Verification code: " + content.code());
            lines.add(10, content.verifyUrl());
        });
    }

    private static String dates(CertificateContent content) {
        return content.from().equals(content.to()) ? content.from().toString() : content.from() + " – " + content.to();
    }

    static String categoryZh(CmeCategory category) {
        return category == CmeCategory.CATEGORY_I ? "I 类学分" : "II 类学分";
    }

    static String categoryEn(CmeCategory category) {
        return category == CmeCategory.CATEGORY_I ? "Category I" : "Category II";
    }
}
