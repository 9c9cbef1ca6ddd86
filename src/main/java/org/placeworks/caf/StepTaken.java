package org.placeworks.caf;

/** What asking for a closure, step up or step down did: done at once, or awaiting a manager's sign-off. */
public enum StepTaken {
    DONE, AWAITING_SIGN_OFF
}
