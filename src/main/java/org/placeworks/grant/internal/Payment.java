package org.placeworks.grant.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.grant.PaymentMethod;
import org.placeworks.grant.Receipt;

/** How and when an approved grant was paid, with the receipt (kept in the database, like the rest of the record). */
@Entity
@Table(name = "grant_payment")
public class Payment {

    @Id
    UUID id;

    @Column(name = "request_id")
    UUID requestId;

    @Enumerated(EnumType.STRING)
    PaymentMethod method;

    String reference;

    @Column(name = "paid_on")
    LocalDate paidOn;

    @Column(name = "amount_pence")
    long amountPence;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "receipt")
    byte[] receipt;

    @Column(name = "receipt_type")
    String receiptType;

    @Column(name = "receipt_name")
    String receiptName;

    @Column(name = "recorded_by")
    String recordedBy;

    @Column(name = "recorded_at")
    Instant recordedAt;

    protected Payment() {
    }

    public Payment(UUID requestId, PaymentMethod method, String reference, LocalDate paidOn, long amountPence,
            Receipt receipt, String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.method = method;
        this.reference = reference;
        this.paidOn = paidOn;
        this.amountPence = amountPence;
        this.receipt = receipt.content();
        this.receiptType = receipt.type();
        this.receiptName = receipt.name();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID id() { return id; }
    public UUID requestId() { return requestId; }
    public PaymentMethod method() { return method; }
    public String reference() { return reference; }
    public LocalDate paidOn() { return paidOn; }
    public long amountPence() { return amountPence; }
    public Receipt receipt() { return new Receipt(receiptName, receiptType, receipt); }
    public String receiptName() { return receiptName; }
    public String recordedBy() { return recordedBy; }
}
