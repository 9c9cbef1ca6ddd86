package org.placeworks.caf;

public enum SignOffState {
    AWAITING, SIGNED_OFF, SENT_BACK
}
