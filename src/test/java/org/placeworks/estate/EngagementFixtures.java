package org.placeworks.estate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.ServiceCommand;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.Strand;
import org.placeworks.organisation.Thornbury;
import org.placeworks.shared.Today;

/**
 * The people and places the engagement tests need beyond the demo: a second Housing Estate Team
 * officer, an estate officer of Street Scene Thornbury (another service whose ground also holds the
 * estate) and of a team covering only Riverside, each made once through the product's own services.
 */
@ApplicationScoped
public class EngagementFixtures {

    public static final String HOUSING = "estate";
    public static final String HOUSING_COLLEAGUE = "eng-housing-colleague";
    public static final String STREET_SCENE = "eng-street-scene";
    public static final String RIVERSIDE = "eng-riverside";
    static final String RIVERSIDE_TEAM = "Engagement Test Riverside Estate Team";

    @Inject
    ActingAs actingAs;

    @Inject
    Engagements engagements;

    @Inject
    Services services;

    @Inject
    StaffDirectory staff;

    @Inject
    Thornbury thornbury;

    @Inject
    Today today;

    private boolean ready;

    public synchronized void people() {
        if (ready) {
            return;
        }
        actingAs.run("admin", Set.of(Roles.ADMIN), () -> {
            UUID homes = thornbury.agency("Eastmoor Homes");
            UUID council = thornbury.agency("Eastmoor District Council");
            ServiceView riverside = services.createService(new ServiceCommand(RIVERSIDE_TEAM, homes,
                    "Estate officers for the Riverside side of the Millbrook Estate only.",
                    Set.of(thornbury.area("Riverside").id()), EnumSet.of(Strand.ESTATE_SERVICES), null));
            staff.register(HOUSING_COLLEAGUE, "Hollis", "Quarrington", "hq@eastmoor.example", "Estate officer", homes,
                    Set.of(housing().id()));
            staff.register(STREET_SCENE, "Saskia", "Pemberthy", "sp@eastmoor.example", "Street scene officer", council,
                    Set.of(thornbury.service("Street Scene Thornbury").id()));
            staff.register(RIVERSIDE, "Rhoswen", "Tallant", "rt@eastmoor.example", "Estate officer", homes,
                    Set.of(riverside.id()));
        });
        ready = true;
    }

    public ServiceView housing() {
        return thornbury.service("Housing Estate Team");
    }

    public ServiceView riversideTeam() {
        people();
        return thornbury.service(RIVERSIDE_TEAM);
    }

    public UUID estate() {
        return thornbury.area("Millbrook Estate").id();
    }

    public UUID millLane() {
        return thornbury.area("Mill Lane").id();
    }

    public UUID riverside() {
        return thornbury.area("Riverside").id();
    }

    public UUID staffId(String username) {
        people();
        return staff.all().stream().filter(s -> s.username().equals(username)).findFirst().orElseThrow().id();
    }

    /** A walkabout of the Housing Estate Team, recorded by `estate`, with the spot given. */
    public UUID housingEvent(String spot, LocalDate on) {
        people();
        return actingAs.call(HOUSING, Set.of(Roles.ESTATE_OFFICER), () -> engagements.record(new EngagementCommand(
                EngagementKind.WALKABOUT, null, on, estate(), millLane(), spot, housing().id(), 9, "Housing Estate Team (1)",
                "Walked round with residents", null)));
    }

    public UUID addAction(UUID eventId, String description, String owner, LocalDate due) {
        return actingAs.call(HOUSING, Set.of(Roles.ESTATE_OFFICER), () -> engagements.addAction(eventId,
                new EngagementActionCommand(description, staffId(owner), due)));
    }

    public EngagementView read(UUID eventId) {
        return actingAs.call(HOUSING, Set.of(Roles.ESTATE_OFFICER), () -> engagements.event(eventId));
    }

    public LocalDate today() {
        return today.date();
    }
}
