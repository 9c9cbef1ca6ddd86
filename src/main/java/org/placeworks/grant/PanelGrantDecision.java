package org.placeworks.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.placeworks.panel.AgendaSubjectDecision;
import org.placeworks.panel.MeetingId;

/**
 * "Award a grant" taken at the panel on an item about a grant request IS the grant's decision: recorded on the
 * request (which owns the money: amount, fund, approval), and read back by the panel for its agenda and minutes.
 */
@ApplicationScoped
public class PanelGrantDecision implements AgendaSubjectDecision {

    @Inject
    GrantRequests requests;

    @Override
    public String kind() {
        return GrantRequests.KIND;
    }

    @Override
    public void decided(UUID subjectId, MeetingId meetingId, boolean awarded, Long amountPence, UUID fundId, String reasons) {
        requests.decideAtPanel(subjectId, meetingId, awarded, amountPence, fundId, reasons);
    }

    @Override
    public Optional<String> outcome(UUID subjectId) {
        return requests.decisionInWords(subjectId);
    }
}
