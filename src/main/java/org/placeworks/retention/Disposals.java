package org.placeworks.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.placeworks.audit.AuditAction;
import org.placeworks.audit.AuditTrail;
import org.placeworks.document.Documents;
import org.placeworks.identity.CurrentStaff;
import org.placeworks.organisation.AccessPolicy;
import org.placeworks.retention.internal.Erasure;
import org.placeworks.retention.internal.RetentionRepository;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.NotFound;
import org.placeworks.shared.Today;

/**
 * The data protection officer's approved disposal of a record on the review list: the record and every copy of it go
 * in one transaction, and a disposal certificate is all that stays. Only a record the last review found past its rule
 * can be disposed of, and only with the officer's reason and confirmation: it cannot be undone.
 */
@ApplicationScoped
public class Disposals {

    static final String KIND = "retention-certificate";
    /** The longest reason kept on a certificate. */
    static final int REASON_MAX = 1000;

    @Inject
    RetentionReview review;

    @Inject
    RetentionRepository repository;

    @Inject
    Erasure erasure;

    @Inject
    Documents documents;

    @Inject
    AccessPolicy access;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentStaff current;

    @Inject
    Today today;

    /** A record on the list, for the disposal form. */
    @Transactional
    public DueRecord due(RecordType type, UUID id) {
        access.requireRetentionOfficer();
        return review.dueForDisposal(type, id).orElseThrow(() -> new NotFound("record due for disposal", id));
    }

    /** Disposes of the record; answers its certificate's id. */
    @Transactional
    public UUID dispose(RecordType type, UUID id, String reason, boolean confirmed) {
        access.requireRetentionOfficer();
        DueRecord due = review.dueForDisposal(type, id).orElseThrow(() -> new NotFound("record due for disposal", id));
        java.util.Map<String, String> problems = new java.util.LinkedHashMap<>();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            problems.put("reason", "Enter the reason for disposing of this record");
        } else if (why.length() > REASON_MAX) {
            problems.put("reason", "The reason must be " + REASON_MAX + " characters or fewer");
        }
        if (!confirmed) {
            problems.put("confirm", "Confirm that this record and every copy of it will be removed and cannot be restored");
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        int files = 0;
        int rows;
        switch (type) {
            case EARLY_HELP -> {
                List<UUID> cases = erasure.casesOf(id);
                files = documents.disposeOf(id, cases);
                rows = erasure.family(id) + files;
            }
            case INTELLIGENCE -> rows = erasure.report(id);
            case SUBJECT_ACCESS -> rows = erasure.request(id);
            default -> throw new IllegalStateException("No disposal for " + type);
        }
        CertificateView certificate = new CertificateView(UUID.randomUUID(), repository.nextCertificateNumber(), type,
                due.reference(), due.lastActivity(), due.dueOn(), due.rule(), rows, files, why, current.username(),
                today.instant());
        repository.certify(certificate);
        // The entry names the certificate, not the disposed record: the record's own entries already hold its id.
        audit.record(AuditAction.DELETE, KIND, certificate.id(), "Disposed of " + type.label().toLowerCase() + " "
                + due.reference() + " under its retention rule (due " + due.dueOn() + "): certificate " + certificate.number());
        return certificate.id();
    }

    @Transactional
    public List<CertificateView> certificates() {
        access.requireRetentionOfficer();
        List<CertificateView> all = repository.certificates();
        audit.record(AuditAction.VIEW, KIND, "list", "Listed " + all.size() + " disposal certificates");
        return all;
    }
}
