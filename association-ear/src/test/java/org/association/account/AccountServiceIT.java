package org.association.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.association.account.boundary.AccountService;
import org.association.account.entity.Account;
import org.association.account.entity.Role;
import org.association.audit.boundary.AuditService;
import org.association.audit.entity.AuditEntry;
import org.association.common.BusinessException;
import org.association.common.DuplicateEntityException;
import org.association.testing.Deployments;
import org.association.testing.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff accounts on a real Payara, EclipseLink and Derby, with Soteria's PBKDF2. */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));
    /** How the audit log shows a password hash: that it had a value and another one now, never the value. */
    private static final Pattern SECRET_SHOWN = Pattern.compile(
            "\"passwordHash\":\\[(null|\"\\(hidden\\)\"),\"\\((hidden|changed)\\)\"\\]");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(AccountServiceIT.class);
    }

    @Inject
    private Staff staff;

    @Inject
    private AccountService accounts;

    @Inject
    private Pbkdf2PasswordHash hash;

    @Inject
    private AuditService audit;

    @Test
    void storesOnlyAStrongHashThatVerifiesTheRightPasswordOnly() {
        String username = "editor" + SERIAL.incrementAndGet();
        Account created = staff.admin(() -> accounts.create(new Account(username, "编辑 王", EnumSet.of(Role.EDITOR)),
                "correct horse battery staple", "test"));

        Account loaded = staff.admin(() -> accounts.byUsername(username)).orElseThrow();
        assertEquals(Set.of(Role.EDITOR), loaded.getRoles());
        String stored = loaded.getPasswordHash();
        assertFalse(stored.contains("correct horse"), stored);
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"), stored);
        hash.initialize(Map.of());
        assertTrue(hash.verify("correct horse battery staple".toCharArray(), stored));
        assertFalse(hash.verify("correct horse battery stapler".toCharArray(), stored));

        loaded.setDisplayName("编辑 王小明");
        staff.admin(() -> accounts.update(loaded, "name"));
        assertEquals("编辑 王小明", staff.admin(() -> accounts.find(created.getId())).getDisplayName());
    }

    @Test
    void noAuditEntryHoldsAPasswordHash() {
        String username = "hashless" + SERIAL.incrementAndGet();
        Account created = staff.admin(() -> accounts.create(new Account(username, "审计 测试", EnumSet.of(Role.EDITOR)),
                "an unguessable river stone", "test"));
        staff.admin(() -> accounts.resetPassword(created.getId(), created.getVersion(), "test"));

        List<AuditEntry> entries = staff.admin(() -> audit.of("Account", created.getId()));
        assertEquals(2, entries.size());
        for (AuditEntry entry : entries) {
            String changes = String.valueOf(entry.getChanges());
            assertFalse(changes.contains("PBKDF2"), entry.getAction() + ": " + changes);
            // the field may be named, that it was set or changed, but never with its value
            assertTrue(!changes.contains("passwordHash") || SECRET_SHOWN.matcher(changes).find(), entry.getAction() + ": "
                    + changes);
        }
        assertTrue(entries.stream().anyMatch(entry -> String.valueOf(entry.getChanges()).contains(username)), "the rest is kept");
    }

    @Test
    void refusesWeakPasswordsAndTakenUserNames() {
        String username = "member" + SERIAL.incrementAndGet();
        BusinessException tooShort = assertThrows(BusinessException.class,
                () -> staff.admin(() -> accounts.create(new Account(username, "会员部", EnumSet.of(Role.MEMBERSHIP)), "Sh0rt!pass",
                "test")));
        assertEquals("error.password.short", tooShort.getMessageKey());
        BusinessException common = assertThrows(BusinessException.class,
                () -> staff.admin(() -> accounts.create(new Account(username, "会员部", EnumSet.of(Role.MEMBERSHIP)),
                "password1234", "test")));
        assertEquals("error.password.common", common.getMessageKey());
        assertTrue(staff.admin(() -> accounts.byUsername(username)).isEmpty());

        staff.admin(() -> accounts.create(new Account(username, "会员部", EnumSet.of(Role.MEMBERSHIP)), "plum tree under the snow",
                "test"));
        DuplicateEntityException taken = assertThrows(DuplicateEntityException.class,
                () -> staff.admin(() -> accounts.create(new Account(username, "另一个", EnumSet.of(Role.EDITOR)),
                "another long passphrase", "test")));
        assertEquals("username", taken.getField());
    }
}
