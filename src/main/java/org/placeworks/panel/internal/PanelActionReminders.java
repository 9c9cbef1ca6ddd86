package org.placeworks.panel.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.placeworks.caf.ReminderSource;

/**
 * Open panel actions in their owners' daily reminder email, by the case reference of the item they came from.
 * The action's wording stays in Placeworks: it may name the family, and email is not a secure channel.
 */
@ApplicationScoped
public class PanelActionReminders implements ReminderSource {

    @Inject
    PanelActionRepository actions;

    @Inject
    AgendaItemRepository items;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Item> dueBy(LocalDate horizon) {
        List<PanelAction> due = actions.dueBy(horizon);
        List<UUID> itemIds = due.stream().map(PanelAction::itemId).filter(Objects::nonNull).distinct().toList();
        Map<UUID, String> references = itemIds.isEmpty() ? Map.of() : items.byIds(itemIds).values().stream()
                .collect(Collectors.toMap(AgendaItem::id, AgendaItem::caseReference));
        return due.stream().filter(a -> a.ownerStaffId() != null)
                .map(a -> new Item(a.ownerStaffId(), references.getOrDefault(a.itemId(), "a panel meeting"),
                        "Panel action (see Panel actions)", a.dueOn()))
                .toList();
    }
}
