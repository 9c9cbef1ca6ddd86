package org.placeworks.audit;

public enum AuditAction {
    VIEW, CREATE, UPDATE, DELETE, SHARE, EXPORT,
    /** A record opened outside the reader's boundary, for a reason they gave, for a limited time. */
    BREAK_GLASS
}
