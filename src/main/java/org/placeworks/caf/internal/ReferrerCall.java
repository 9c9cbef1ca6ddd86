package org.placeworks.caf.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.placeworks.shared.Conflict;

/** The referrer gave no email address: the worker phones them to say what happened, a task until marked done. */
@Entity
@Table(name = "caf_referrer_call")
public class ReferrerCall {

    @Id
    UUID id;

    @Column(name = "assigned_to")
    String assignedTo;

    String about;

    @Column(name = "created_on")
    LocalDate createdOn;

    @Column(name = "done_on")
    LocalDate doneOn;

    @Column(name = "done_by")
    String doneBy;

    protected ReferrerCall() {
    }

    ReferrerCall(String assignedTo, String about, LocalDate on) {
        this.id = UUID.randomUUID();
        this.assignedTo = assignedTo;
        this.about = about;
        this.createdOn = on;
    }

    void done(LocalDate on, String by) {
        if (doneOn != null) {
            throw new Conflict("The call to the referrer was already marked done on " + doneOn + ".");
        }
        doneOn = on;
        doneBy = by;
    }

    public boolean open() {
        return doneOn == null;
    }

    public UUID id() { return id; }
    public String assignedTo() { return assignedTo; }
    public String about() { return about; }
    public LocalDate createdOn() { return createdOn; }
    public LocalDate doneOn() { return doneOn; }
    public String doneBy() { return doneBy; }
}
