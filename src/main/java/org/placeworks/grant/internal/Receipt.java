package org.placeworks.grant.internal;

/** A receipt file: its name, its checked content type and its bytes. */
public record Receipt(String name, String type, byte[] content) {
}
