package org.association.membership.control;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.association.common.CertificateSheet;
import org.association.membership.entity.MemberKind;

/**
 * What a membership certificate states — who, under which number, of which kind, since when and paid up until when,
 * issued when — and where to verify it; drawn in Chinese and English on a {@link CertificateSheet}.
 */
public record MembershipCertificate(String name, String nameEn, String memberNumber, MemberKind kind, LocalDate joinedOn,
        LocalDate paidUpUntil, LocalDate issuedOn, String code, String verifyUrl) {

    public byte[] pdf(Path font) throws IOException {
        List<String> facts = new ArrayList<>();
        facts.add("会员编号 / Member number: " + memberNumber);
        facts.add("会员类别 / Kind: " + kindText(kind));
        facts.add("入会日期 / Joined on: " + orDash(joinedOn));
        facts.add("会费有效期至 / Paid up until: " + orDash(paidUpUntil));
        facts.add("签发日期 / Issued on: " + issuedOn);
        return CertificateSheet.write(font, "Membership certificate " + memberNumber, verifyUrl, lines -> {
            lines.add(24, "会员证书");
            lines.add(16, "Certificate of Membership");
            lines.gap();
            lines.add(20, name);
            if (nameEn != null) {
                lines.add(14, nameEn);
            }
            lines.gap();
            for (String fact : facts) {
                lines.add(12, fact);
            }
            lines.gap();
            lines.add(10, "验证码 / Verification code: " + code);
            lines.add(10, verifyUrl);
        });
    }

    static String kindText(MemberKind kind) {
        return kind == MemberKind.INSTITUTION ? "单位会员 / Institutional member" : "个人会员 / Individual member";
    }

    private static String orDash(LocalDate day) {
        return day == null ? "–" : day.toString();
    }
}
