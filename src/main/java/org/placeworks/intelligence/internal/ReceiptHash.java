package org.placeworks.intelligence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A report's receipt code, only as its slow hash ({@link ReceiptCodes}). */
@Entity
@Table(name = "intel_receipt")
public class ReceiptHash {

    @Id
    @Column(name = "report_id")
    UUID reportId;

    @Column(name = "code_hash")
    String codeHash;

    protected ReceiptHash() {
    }

    ReceiptHash(UUID reportId, String codeHash) {
        this.reportId = reportId;
        this.codeHash = codeHash;
    }

    public UUID reportId() {
        return reportId;
    }
}
