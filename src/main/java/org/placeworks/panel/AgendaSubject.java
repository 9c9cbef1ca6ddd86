package org.placeworks.panel;

import java.util.UUID;

/**
 * What an agenda item is about besides its case, named by the feature that owns it (for example a
 * grant request: {@code grant-request} and the request's id). The agenda stores this, never a link:
 * the link is built when the item is shown, from the {@link AgendaSubjectRoute} of that kind.
 */
public record AgendaSubject(String kind, UUID id) {

    public AgendaSubject {
        if (kind == null || kind.isBlank() || id == null) {
            throw new IllegalArgumentException("An agenda subject needs a kind and an id");
        }
    }
}
