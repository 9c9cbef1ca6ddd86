package org.placeworks.grant;

/** A receipt file: its name, its checked content type and its bytes. */
public record Receipt(String name, String type, byte[] content) {
}
