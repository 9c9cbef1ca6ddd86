package org.placeworks.estate;

/** A photo's bytes, for showing it to someone who may read its issue. */
public record PhotoContent(String fileName, String contentType, byte[] content) {
}
