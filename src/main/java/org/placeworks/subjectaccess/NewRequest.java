package org.placeworks.subjectaccess;

import java.time.LocalDate;
import java.util.UUID;

/** A subject access request as the officer logs it: about whom, who asked and how, when, and how identity was checked. */
public record NewRequest(UUID personId, String requesterName, RequesterKind requesterKind, ReceivedHow receivedHow,
        LocalDate receivedOn, Boolean identityVerified, String identityHow) {
}
