package org.placeworks.subjectaccess.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in a request's history, as its page shows it. */
@Entity
@Table(name = "subject_access_event")
public class RequestEvent {

    @Id
    UUID id;

    @Column(name = "request_id")
    UUID requestId;

    Instant at;

    String actor;

    String what;

    protected RequestEvent() {
    }

    public RequestEvent(UUID requestId, Instant at, String actor, String what) {
        this.id = UUID.randomUUID();
        this.requestId = requestId;
        this.at = at;
        this.actor = actor;
        this.what = what;
    }

    public Instant at() { return at; }
    public String actor() { return actor; }
    public String what() { return what; }
}
