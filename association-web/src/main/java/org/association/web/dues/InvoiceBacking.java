package org.association.web.dues;

import jakarta.faces.context.FacesContext;
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
import org.association.common.NoSuchEntityException;
import org.association.dues.boundary.BankAccount;
import org.association.dues.boundary.Confirmation;
import org.association.dues.boundary.DuesService;
import org.association.dues.boundary.Voucher;
import org.association.dues.entity.AdjustmentKind;
import org.association.dues.entity.DuesAdjustment;
import org.association.dues.entity.DuesPayment;
import org.association.dues.entity.Invoice;
import org.association.events.boundary.PaymentRecord;
import org.association.events.entity.PaymentMethod;
import org.association.web.admin.Feedback;
import org.primefaces.model.file.UploadedFile;

/**
 * /admin/dues/invoice.xhtml?id=: one invoice with the account to pay to, its payments and adjustments; staff record a
 * payment (with the transfer's voucher), confirm one, record its fiscal receipt's number, and refund or write off with a
 * reason. Every action names the invoice's version as loaded: a change someone else made meanwhile is told, not undone.
 */
@Named
@ViewScoped
public class InvoiceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DuesService dues;

    @Inject
    private AssociationClock clock;

    @Inject
    private Feedback feedback;

    private Long id;
    private Invoice invoice;
    private List<DuesPayment> payments = List.of();
    private List<DuesAdjustment> adjustments = List.of();
    private boolean conflict;

    private BigDecimal amount;
    private PaymentMethod method = PaymentMethod.BANK_TRANSFER;
    private LocalDate paidOn;
    private String reference;
    /** Sent with the form it belongs to and used in that request only. */
    private transient UploadedFile voucher;

    private Long receiptPayment;
    private String receiptNumber;
    private LocalDate receiptDate;

    private AdjustmentKind adjustmentKind = AdjustmentKind.WRITE_OFF;
    private BigDecimal adjustmentAmount;
    private String adjustmentReason;

    public void load() {
        try {
            read();
        } catch (NoSuchEntityException e) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        paidOn = clock.today();
        receiptDate = clock.today();
        amount = invoice.outstanding();
    }

    private void read() {
        invoice = dues.invoice(id);
        payments = dues.payments(id);
        adjustments = dues.adjustments(id);
    }

    public void recordPayment() {
        Voucher file = voucher == null || voucher.getSize() == 0 ? null
                : new Voucher(voucher.getFileName(), voucher.getContent());
        act(() -> {
            dues.recordPayment(id, invoice.getVersion(), new PaymentRecord(amount, method, paidOn, reference), file,
                    "recorded by staff");
            feedback.info("dues.paymentRecorded");
            reference = null;
        }, "payment");
    }

    public void confirm(DuesPayment payment) {
        act(() -> {
            Confirmation confirmation = dues.confirm(payment.getId(), "money seen");
            if (confirmation.confirmedNow()) {
                feedback.info("dues.confirmed");
            } else {
                feedback.error("dues.confirmedBefore", confirmation.confirmedBy(), confirmation.confirmedAt());
            }
        }, null);
    }

    public void saveReceipt() {
        act(() -> {
            DuesPayment payment = payments.stream().filter(one -> one.getId().equals(receiptPayment)).findFirst()
                    .orElseThrow(() -> new NoSuchEntityException(DuesPayment.class.getSimpleName(), receiptPayment));
            dues.recordReceipt(payment.getId(), payment.getVersion(), receiptNumber, receiptDate, "fiscal receipt issued");
            feedback.info("dues.receiptRecorded");
            receiptNumber = null;
        }, "receipt");
    }

    public void adjust() {
        act(() -> {
            if (adjustmentKind == AdjustmentKind.REFUND) {
                dues.refund(id, invoice.getVersion(), adjustmentAmount, adjustmentReason);
            } else {
                dues.writeOff(id, invoice.getVersion(), adjustmentAmount, adjustmentReason);
            }
            feedback.info("dues.adjusted");
            adjustmentAmount = null;
            adjustmentReason = null;
        }, "adjustment");
    }

    /** Runs a service call and reads the invoice again; a refusal is told beside the form's fields or at the top. */
    private void act(Runnable call, String formId) {
        try {
            call.run();
            conflict = false;
        } catch (EntityAlreadyModifiedException e) {
            conflict = true;
            feedback.refused(null, e);
            return;
        } catch (BusinessException e) {
            feedback.refused(formId, e);
            return;
        }
        read();
        amount = invoice.outstanding();
    }

    public void reload() {
        read();
        amount = invoice.outstanding();
        conflict = false;
    }

    public BankAccount getAccount() {
        return dues.bankAccount();
    }

    public List<DuesPayment> getConfirmedPayments() {
        return payments.stream().filter(DuesPayment::isConfirmed).toList();
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }

    public AdjustmentKind[] getAdjustmentKinds() {
        return AdjustmentKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Invoice getInvoice() {
        return invoice;
    }

    public List<DuesPayment> getPayments() {
        return payments;
    }

    public List<DuesAdjustment> getAdjustments() {
        return adjustments;
    }

    public boolean isConflict() {
        return conflict;
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

    public UploadedFile getVoucher() {
        return voucher;
    }

    public void setVoucher(UploadedFile voucher) {
        this.voucher = voucher;
    }

    public Long getReceiptPayment() {
        return receiptPayment;
    }

    public void setReceiptPayment(Long receiptPayment) {
        this.receiptPayment = receiptPayment;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public void setReceiptNumber(String receiptNumber) {
        this.receiptNumber = receiptNumber;
    }

    public LocalDate getReceiptDate() {
        return receiptDate;
    }

    public void setReceiptDate(LocalDate receiptDate) {
        this.receiptDate = receiptDate;
    }

    public AdjustmentKind getAdjustmentKind() {
        return adjustmentKind;
    }

    public void setAdjustmentKind(AdjustmentKind adjustmentKind) {
        this.adjustmentKind = adjustmentKind;
    }

    public BigDecimal getAdjustmentAmount() {
        return adjustmentAmount;
    }

    public void setAdjustmentAmount(BigDecimal adjustmentAmount) {
        this.adjustmentAmount = adjustmentAmount;
    }

    public String getAdjustmentReason() {
        return adjustmentReason;
    }

    public void setAdjustmentReason(String adjustmentReason) {
        this.adjustmentReason = adjustmentReason;
    }
}
