package org.association.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.common.EntityAlreadyModifiedException;
import org.association.events.boundary.EventService;
import org.association.events.boundary.PaymentRecord;
import org.association.events.boundary.RegistrationRefused;
import org.association.events.entity.Payment;
import org.association.events.entity.PaymentMethod;
import org.association.events.entity.Registration;
import org.association.events.entity.RegistrationType;
import org.association.web.admin.Feedback;

/**
 * The dialogs of one registration on the registrations page: correct the person's details, move to another type,
 * cancel with a reason, record a payment. Each dialog works on the copy read when it opened: a change someone saved
 * meanwhile is refused, and the dialog offers to read the registration again.
 */
@Named
@ViewScoped
public class RegistrationActionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "registration";

    @Inject
    private EventService events;

    @Inject
    private RegistrationListBacking table;

    @Inject
    private AssociationClock clock;

    @Inject
    private Feedback feedback;

    private Registration selected;
    private boolean conflict;
    private String reason;
    private Long moveType;
    private BigDecimal amount;
    private PaymentMethod method;
    private LocalDate paidOn;
    private String reference;
    private List<Payment> payments = List.of();

    /** Opens a dialog on the registration as it is stored now. */
    public void open(Registration registration) {
        selected = events.registration(registration.getId());
        conflict = false;
        reason = null;
        moveType = null;
        amount = null;
        method = PaymentMethod.BANK_TRANSFER;
        paidOn = clock.today();
        reference = null;
        payments = events.payments(selected.getId());
    }

    /** Throws away the dialog's copy and reads the registration again. */
    public void reload() {
        open(selected);
        feedback.info("registrations.reloaded");
    }

    public void save() {
        act(() -> events.edit(selected, reason), "registrations.saved");
    }

    public void move() {
        act(() -> events.move(selected.getId(), selected.getVersion(), moveType, reason), "registrations.moved");
    }

    public void cancel() {
        act(() -> events.cancel(selected.getId(), selected.getVersion(), reason), "registrations.cancelled");
    }

    public void recordPayment() {
        act(() -> events.recordPayment(selected.getId(), new PaymentRecord(amount, method, paidOn, reference)),
                "registrations.paymentRecorded");
    }

    private void act(Runnable change, String done) {
        try {
            change.run();
        } catch (EntityAlreadyModifiedException e) {
            conflict = true;
            feedback.refused(FORM, e);
            return;
        } catch (RegistrationRefused refused) {
            feedback.fieldError(refused.getField().isEmpty() ? null : FORM + ":" + refused.getField(), refused);
            return;
        } catch (BusinessException refused) {
            feedback.refused(FORM, refused);
            return;
        }
        open(selected);
        feedback.info(done, selected.getName());
        table.filter();
    }

    /** The types a registration can move to: its event's others. */
    public List<RegistrationType> getMoveTypes() {
        return selected == null ? List.of() : table.getTypes().stream()
                .filter(type -> !type.getId().equals(selected.getType().getId())).toList();
    }

    public List<PaymentMethod> getMethods() {
        return List.of(PaymentMethod.values());
    }

    public Registration getSelected() {
        return selected;
    }

    public boolean isConflict() {
        return conflict;
    }

    public List<Payment> getPayments() {
        return payments;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getMoveType() {
        return moveType;
    }

    public void setMoveType(Long moveType) {
        this.moveType = moveType;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(LocalDate paidOn) {
        this.paidOn = paidOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
