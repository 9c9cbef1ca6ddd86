package org.placeworks.organisation;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.placeworks.shared.Reading;

/**
 * The ground PostgreSQL's wall (V44) holds this request to. A request from a browser or an API client is given its
 * ground before its resource runs ({@link #prepare()}, by a request filter), from {@link AccessPolicy#rowGround()};
 * work that is not a request (scheduled jobs, start-up) has none prepared and is system work: every row.
 */
@RequestScoped
public class RowScope {

    @Inject
    AccessPolicy policy;

    @Inject
    EntityManager entities;

    @Inject
    Reading reading;

    private RowGround ground;
    private boolean widened;

    /** Works out the request's ground once, before any of its queries that read personal data. */
    public void prepare() {
        if (ground == null) {
            // The services and the area tree it needs come from the instance's copy while the reference data is unchanged.
            ground = reading.withOneReferenceVersion(policy::rowGround);
        }
    }

    /** The ground for a connection being checked out now: the request's, or every row for system work. */
    public RowGround current() {
        return ground == null || widened ? RowGround.ALL : ground;
    }

    /**
     * Runs a read that must look past the request's ground, then puts the ground back.
     * Only for a read the access rule itself makes across boundaries, whose result it then decides on: finding the one
     * record a member of staff names by an identifier before they break glass to open it, and scoring the people a
     * search or a duplicate check might mean (ids and places only), so that a match held by another service is named
     * by the service to contact; the families' consent a panel's rule reads to decide what each agency is told; the
     * one confidential report a receipt code names, read by its reporter (who is not signed in); the council's yearly
     * ASB case review figures, counts across its whole area; the Community Trigger's counts of complaints about a place
     * or a victim, which the law makes across the whole area; and
     * what follows from a change a person made that takes a record out of their ground (a family moving away: its
     * cases offered to the services there, and the result shown to the person who moved it).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> T acrossBoundaries(Supplier<T> read) {
        // In a transaction its connection is already checked out: set it there. Outside one, each read checks out a
        // connection of its own, which RowWall sets from current().
        // Inside another such read (a move's observers run inside the move) the ground is already open: leave it so.
        if (widened) {
            return read.get();
        }
        boolean inTransaction = QuarkusTransaction.isActive();
        widened = true;
        if (inTransaction) {
            apply();
        }
        try {
            return read.get();
        } finally {
            widened = false;
            if (inTransaction) {
                apply();
            }
        }
    }

    private void apply() {
        RowGround now = current();
        entities.unwrap(Session.class).doWork(connection -> RowWall.hold(connection, now, reading.begun()));
    }

    /**
     * {@link #acrossBoundaries} for a read that may also run as system work (no request on this thread), where every
     * row is seen already: the Community Trigger's counts, made as a report is saved by whoever saves it.
     */
    public static <T> T acrossBoundariesOfThisThread(Supplier<T> read) {
        if (!Arc.container().requestContext().isActive()) {
            return read.get();
        }
        return Arc.container().instance(RowScope.class).get().acrossBoundaries(read);
    }

    /** The ground of the request on this thread, or every row when there is no request (system work). */
    public static RowGround ofThisThread() {
        ManagedContext requests = Arc.container().requestContext();
        if (!requests.isActive()) {
            return RowGround.ALL;
        }
        return Arc.container().instance(RowScope.class).get().current();
    }
}
