package org.placeworks.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.placeworks.geography.AddressRecorded;
import org.placeworks.geography.AddressesImported;

/**
 * Addresses decide which service's boundary holds a family, so a change to one is audited like personal data. Geography
 * cannot call the trail (it sits below it): the trail listens, in the change's own transaction, so a change that
 * fails leaves no entry.
 */
@ApplicationScoped
class AddressAudit {

    static final String KIND = "address";
    /** The record an import's entry is filed under: search the kind "address" and the record "import". */
    static final String IMPORT = "import";
    static final int UPRNS_SHOWN = 20;

    @Inject
    AuditTrail trail;

    void recorded(@Observes AddressRecorded event) {
        if (event.before() == null) {
            trail.record(AuditAction.CREATE, KIND, event.addressId(), "Added the address: none -> " + event.after());
        } else {
            trail.record(AuditAction.UPDATE, KIND, event.addressId(), "Changed the address: " + event.before() + " -> " + event.after());
        }
    }

    void imported(@Observes AddressesImported event) {
        var uprns = event.uprns().stream().map(String::valueOf).toList();
        String listed = String.join(", ", uprns.subList(0, Math.min(UPRNS_SHOWN, uprns.size())))
                + (uprns.size() > UPRNS_SHOWN ? " and " + (uprns.size() - UPRNS_SHOWN) + " more" : "");
        trail.record(AuditAction.CREATE, KIND, IMPORT, "Imported " + uprns.size() + (uprns.size() == 1 ? " address" : " addresses")
                + ": none -> UPRNs " + listed);
    }
}
