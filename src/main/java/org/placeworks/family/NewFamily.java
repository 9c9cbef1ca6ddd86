package org.placeworks.family;

import java.util.UUID;

/** A household to register at an address, e.g. "Walker family". */
public record NewFamily(String name, UUID addressId) {
}
