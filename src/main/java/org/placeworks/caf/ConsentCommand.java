package org.placeworks.caf;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Informed consent, given, amended or renewed: who agreed (each adult with parental responsibility
 * by name, and a young person of the case for themselves), when, to what (panel discussion asked
 * on its own), and which agencies may and may not see the case.
 */
public record ConsentCommand(List<Consenter> consenters, LocalDate givenOn, String purposes, Boolean panelDiscussion,
        Set<UUID> allowedAgencies, Set<UUID> refusedAgencies, Long version) {

    /**
     * One person who agreed: an adult by name, or a young person of the case ({@code youngPersonId});
     * a young person under 16 consents only when judged competent, and who judged it and why are kept.
     */
    public record Consenter(String name, UUID youngPersonId, String competenceJudgedBy, String competenceReason) {

        public static Consenter adult(String name) {
            return new Consenter(name, null, null, null);
        }

        public static Consenter youngPerson(UUID personId) {
            return new Consenter(null, personId, null, null);
        }
    }

    /**
     * One parent or carer, or one young person of 16 or over, as consent was recorded before panel
     * discussion was asked on its own: it counts as agreed when the purposes name the panel.
     */
    public ConsentCommand(String givenBy, UUID youngPersonId, LocalDate givenOn, String purposes, Set<UUID> allowedAgencies,
            Set<UUID> refusedAgencies, Long version) {
        this(List.of(youngPersonId != null ? Consenter.youngPerson(youngPersonId) : Consenter.adult(givenBy)), givenOn, purposes,
                purposes != null && purposes.toLowerCase(Locale.ROOT).contains("panel"), allowedAgencies, refusedAgencies,
                version);
    }
}
