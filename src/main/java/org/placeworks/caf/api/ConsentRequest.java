package org.placeworks.caf.api;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placeworks.caf.ConsentChange;
import org.placeworks.caf.ConsentCommand;
import org.placeworks.shared.Text;
import org.placeworks.shared.TextLimit;

/**
 * A version of the family's consent as the API receives it: {@code change} GIVEN records the first
 * consent; AMENDED or RENEWED add a version to the consent in force.
 */
public record ConsentRequest(ConsentChange change, List<@Valid Consenter> consenters, LocalDate givenOn,
        @TextLimit(Text.LONG) String purposes, Boolean panelDiscussion, Set<UUID> allowedAgencies, Set<UUID> refusedAgencies,
        Long version) {

    /** An adult with parental responsibility by name, or a young person of the case for themselves. */
    public record Consenter(@TextLimit(Text.SHORT) String name, UUID youngPersonId, @TextLimit(Text.SHORT) String competenceJudgedBy,
            @TextLimit(Text.LONG) String competenceReason) {
    }

    ConsentCommand command() {
        List<ConsentCommand.Consenter> who = consenters == null ? List.of() : consenters.stream()
                .filter(java.util.Objects::nonNull)
                .map(c -> new ConsentCommand.Consenter(c.name(), c.youngPersonId(), c.competenceJudgedBy(), c.competenceReason()))
                .toList();
        return new ConsentCommand(who, givenOn, purposes, panelDiscussion, allowedAgencies, refusedAgencies, version);
    }
}
