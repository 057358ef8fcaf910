package org.association.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.association.account.entity.Role;
import org.association.common.FileBatch;
import org.association.content.entity.ArticleStatus;
import org.association.content.entity.ChannelKind;
import org.association.content.entity.Language;
import org.association.dues.entity.AdjustmentKind;
import org.association.dues.entity.InvoiceStatus;
import org.association.dues.entity.PaymentState;
import org.association.events.entity.CmeCategory;
import org.association.events.entity.EventStatus;
import org.association.events.entity.PaymentMethod;
import org.association.events.entity.RegistrationStatus;
import org.association.mail.entity.MailCause;
import org.association.mail.entity.MailStatus;
import org.association.membership.control.ImportOutcome;
import org.association.membership.entity.ChangeRequestStatus;
import org.association.membership.entity.IdentityField;
import org.association.membership.entity.InstitutionType;
import org.association.membership.entity.MemberAction;
import org.association.membership.entity.MemberKind;
import org.association.membership.entity.MemberStatus;
import org.association.organization.entity.DepartmentKind;
import org.association.organization.entity.Position;
import org.junit.jupiter.api.Test;

class LabelsTest {

    /** Every enum a page labels with a:label. */
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(Role.class, ArticleStatus.class, ChannelKind.class,
            Language.class, ImportOutcome.class, FileBatch.Status.class, InstitutionType.class, MemberAction.class,
            MemberKind.class, MemberStatus.class, DepartmentKind.class, Position.class,
            MailCause.class, MailStatus.class, EventStatus.class, CmeCategory.class, RegistrationStatus.class,
            InvoiceStatus.class, PaymentState.class, AdjustmentKind.class, PaymentMethod.class, IdentityField.class,
            ChangeRequestStatus.class);

    @Test
    void theKeyIsTheTypeNameWithASmallFirstLetterThenTheValue() {
        assertEquals("position.HEAD", Labels.key(Position.HEAD));
        assertEquals("memberAction.RENEW", Labels.key(MemberAction.RENEW));
    }

    @Test
    void aNestedEnumIsNamedAfterItsOuterTypeToo() {
        assertEquals("fileBatchStatus.COMMITTED", Labels.key(FileBatch.Status.COMMITTED));
    }

    @Test
    void everyLabelledValueHasItsTextInBothLanguages() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_zh.properties")) {
            Properties texts = new Properties();
            try (InputStream in = LabelsTest.class.getResourceAsStream(bundle)) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            List<String> missing = new ArrayList<>();
            for (Class<? extends Enum<?>> type : LABELLED) {
                for (Enum<?> value : type.getEnumConstants()) {
                    if (!texts.containsKey(Labels.key(value))) {
                        missing.add(Labels.key(value));
                    }
                }
            }
            assertTrue(missing.isEmpty(), bundle + " has no text for " + missing);
        }
    }
}
