package org.placeworks.audit;

public enum AuditAction {
    VIEW, CREATE, UPDATE, DELETE, SHARE, EXPORT
}
