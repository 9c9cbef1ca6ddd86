package org.placeworks.estate;

/** A photo as uploaded: its type is read from its content, never from its name. */
public record NewPhoto(String fileName, byte[] content) {
}
