package org.association.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.association.common.AssociationClock;
import org.association.common.BusinessException;
import org.association.dues.boundary.InvoiceView;
import org.association.dues.boundary.OnlineOrder;
import org.association.dues.boundary.Voucher;
import org.association.dues.entity.InvoiceStatus;
import org.association.portal.boundary.MemberPortal;
import org.association.web.admin.Feedback;
import org.primefaces.model.file.UploadedFile;

/**
 * The dues on the member's page: their invoices with the account to pay to and the reference to quote, the payments
 * recorded (pending until staff confirm them, with the fiscal receipt's number once issued), and the form by which the
 * member reports a transfer with its voucher. The invoice to report on is chosen among the member's open ones only.
 */
@Named
@ViewScoped
public class MemberDuesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberPortal portal;

    @Inject
    private AssociationClock clock;

    @Inject
    private Feedback feedback;

    private List<InvoiceView> invoices;
    private boolean paysOnline;
    private Long invoiceId;
    private BigDecimal amount;
    private LocalDate paidOn;
    private String reference;
    /** Sent with the form it belongs to and used in that request only. */
    private transient UploadedFile voucher;

    @PostConstruct
    void load() {
        invoices = portal.invoices();
        paysOnline = portal.paysOnline();
        paidOn = clock.today();
        List<InvoiceView> open = getOpenInvoices();
        if (!open.isEmpty()) {
            invoiceId = open.get(0).id();
            amount = open.get(0).outstanding();
        }
    }

    public void reportTransfer() {
        Voucher file = voucher == null || voucher.getSize() == 0 ? null
                : new Voucher(voucher.getFileName(), voucher.getContent());
        try {
            portal.reportTransfer(invoiceId, file, amount, paidOn, reference == null || reference.isBlank() ? null
                    : reference.strip());
        } catch (BusinessException refused) {
            // the voucher missing or refused as every upload may be (type, size, an unreadable image)
            if (refused.getMessageKey().startsWith("error.dues.voucher") || refused.getMessageKey().startsWith("error.upload.")) {
                feedback.fieldError("transfer:voucher", refused);
            } else if ("error.dues.moreThanOutstanding".equals(refused.getMessageKey())) {
                feedback.fieldError("transfer:amount", refused);
            } else {
                feedback.refused("transfer", refused);
            }
            return;
        }
        feedback.info("portal.dues.reported");
        reference = null;
        load();
    }

    /** Sends the member to the payment provider's page for the chosen invoice; paid, the provider's callback confirms it. */
    public void payOnline() throws IOException {
        try {
            OnlineOrder order = portal.payOnline(invoiceId);
            FacesContext.getCurrentInstance().getExternalContext().redirect(order.payUrl());
        } catch (BusinessException refused) {
            feedback.refused("transfer", refused);
        }
    }

    public boolean isPaysOnline() {
        return paysOnline;
    }

    /** The invoices something is still to be paid on, which a transfer may be reported for. */
    public List<InvoiceView> getOpenInvoices() {
        return invoices.stream().filter(invoice -> invoice.status() == InvoiceStatus.OUTSTANDING
                || invoice.status() == InvoiceStatus.PART_PAID).toList();
    }

    public List<InvoiceView> getInvoices() {
        return invoices;
    }

    public Long getInvoiceId() {
        return invoiceId;
    }

    public void setInvoiceId(Long invoiceId) {
        this.invoiceId = invoiceId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
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
}
