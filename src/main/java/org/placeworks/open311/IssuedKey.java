package org.placeworks.open311;

/** A key just issued: the only time the key itself exists outside the client's hands. */
public record IssuedKey(ApiKeyView client, String key) {
}
