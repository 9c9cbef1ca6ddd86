package org.placeworks.audit;

import java.time.LocalDate;

/**
 * What a data protection officer asks of the trail: entries about one record (a person, family, case...), by one
 * member of staff, between two dates (inclusive, London time), refused ones only. Any part may be left out.
 */
public record AuditQuery(String recordKind, String recordId, String actor, LocalDate from, LocalDate to, boolean deniedOnly) {

    public boolean empty() {
        return recordId == null && actor == null && from == null && to == null && !deniedOnly;
    }
}
