package org.association.web.site.cache;

import java.util.Locale;

/** Reads an Accept-Encoding header (RFC 9110, 12.5.3) for the one coding the site sends besides identity: gzip. */
final class AcceptEncoding {

    private AcceptEncoding() {
    }

    /** Whether gzip is acceptable: named, or covered by "*", with a quality above zero. */
    static boolean allowsGzip(String header) {
        if (header == null) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String element : header.split(",")) {
            String[] parts = element.split(";");
            String coding = parts[0].strip().toLowerCase(Locale.ROOT);
            double quality = quality(parts);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = gzip == null ? quality : Math.max(gzip, quality);
            } else if (coding.equals("*")) {
                any = quality;
            }
        }
        double chosen = gzip != null ? gzip : any != null ? any : 0;
        return chosen > 0;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                    && parameter.charAt(1) == '=') {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0; // a quality that is not a number accepts nothing
                }
            }
        }
        return 1;
    }
}
