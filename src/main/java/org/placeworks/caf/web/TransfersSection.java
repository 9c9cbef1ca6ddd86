package org.placeworks.caf.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.placeworks.caf.CaseSection;
import org.placeworks.caf.CaseSectionSource;
import org.placeworks.caf.CaseTransfers;
import org.placeworks.caf.CaseTransfers.TransferState;
import org.placeworks.caf.CaseView;
import org.placeworks.caf.TransferView;
import org.placeworks.shared.web.Dates;

/** The case page's transfers between services: offers and their answers, and what the reader may do about them. */
@ApplicationScoped
public class TransfersSection implements CaseSectionSource {

    @Inject
    CaseTransfers transfers;

    @Override
    public int order() {
        return 7;
    }

    @Override
    public Optional<CaseSection> sectionFor(CaseView kase) {
        TransferState state = transfers.stateOf(kase.id());
        List<CaseSection.Row> rows = state.history().stream().map(t -> new CaseSection.Row(
                Dates.date(java.time.LocalDate.ofInstant(t.requestedAt(), org.placeworks.shared.Today.LONDON)) + ", to " + t.toService(), null,
                t.status().label() + ". " + t.cause().label() + ": " + t.reason()
                        + (t.decisionReason() == null ? "" : ". Answer: " + t.decisionReason()))).toList();
        List<CaseSection.Link> links = new ArrayList<>();
        if (state.mayDecide()) {
            links.add(new CaseSection.Link("Accept or decline this case for " + state.pending().toService(),
                    "/cases/" + kase.id() + "/transfer/decision"));
        }
        if (state.mayOffer()) {
            links.add(new CaseSection.Link("Offer the case to another service", "/cases/" + kase.id() + "/transfer"));
        }
        if (rows.isEmpty() && links.isEmpty()) {
            return Optional.empty();
        }
        String empty = "The case has not been offered to another service.";
        return Optional.of(new CaseSection("transfers", state.pending() == null ? "Transfers between services"
                : "Offered to " + state.pending().toService(), rows, empty, links));
    }
}
