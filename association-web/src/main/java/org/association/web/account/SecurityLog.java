package org.association.web.account;

import java.util.logging.Logger;

/**
 * The security events of the back office, one line each in the server log under
 * "org.association.security": who, what, from where (the log line carries when). Never a password.
 */
public final class SecurityLog {

    private static final Logger LOG = Logger.getLogger("org.association.security");

    private SecurityLog() {
    }

    public static void loginSucceeded(String user, String address) {
        LOG.info(() -> "event=login-succeeded user=" + clean(user) + " address=" + address);
    }

    public static void loginRefused(String user, String address, String reason) {
        LOG.warning(() -> "event=login-refused user=" + clean(user) + " address=" + address + " reason=" + reason);
    }

    public static void locked(String user, String address) {
        LOG.warning(() -> "event=account-locked user=" + clean(user) + " address=" + address);
    }

    public static void loggedOut(String user, String address) {
        LOG.info(() -> "event=logout user=" + clean(user) + " address=" + address);
    }

    public static void accessRefused(String user, String path, String address) {
        LOG.warning(() -> "event=access-refused user=" + clean(user) + " path=" + clean(path) + " address=" + address);
    }

    public static void editConflict(String user, String what) {
        LOG.info(() -> "event=edit-conflict user=" + clean(user) + " record=" + clean(what));
    }

    /** Whatever a user typed goes into the log as one line of printable characters. */
    static String clean(String value) {
        if (value == null) {
            return "-";
        }
        String printable = value.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", "?");
        return printable.length() > 100 ? printable.substring(0, 100) + "…" : printable;
    }
}
