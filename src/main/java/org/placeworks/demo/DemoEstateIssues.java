package org.placeworks.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.placeworks.estate.CloseReason;
import org.placeworks.estate.EstateCategory;
import org.placeworks.estate.EstateIssueView;
import org.placeworks.estate.EstateIssueWork;
import org.placeworks.estate.EstateIssues;
import org.placeworks.estate.IssueChange;
import org.placeworks.estate.IssueChannel;
import org.placeworks.estate.IssueLocation;
import org.placeworks.estate.IssueTransition;
import org.placeworks.estate.NewEstateIssue;
import org.placeworks.estate.NewPhoto;
import org.placeworks.estate.ReporterContact;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;

/**
 * Issues on the Millbrook Estate in every state: reported (one by a resident who left an email address),
 * in progress, fixed, closed without fixing, reopened, and one overdue; each category with its responsible
 * service (Street Scene Thornbury for the streets, the Housing Estate Team for the estate's own land and
 * buildings). Reported and worked through the services as the demo's estate officer and manager.
 */
@ApplicationScoped
class DemoEstateIssues {

    /** A 1x1 PNG: the demo's photos. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    private static final Set<String> OFFICER = Set.of(Roles.ESTATE_OFFICER);
    private static final Set<String> MANAGER = Set.of(Roles.MANAGER);

    @Inject
    ActingAs actingAs;

    @Inject
    EstateIssues issues;

    @Inject
    EstateIssueWork work;

    @Inject
    Places places;

    @Inject
    Services services;

    @Inject
    EntityManager em;

    void load() {
        UUID streetScene = service("Street Scene Thornbury");
        UUID estateTeam = service("Housing Estate Team");
        for (EstateCategory c : EstateCategory.values()) {
            boolean streets = Set.of(EstateCategory.FLY_TIPPING, EstateCategory.LITTER, EstateCategory.GRAFFITI,
                    EstateCategory.DOG_FOULING, EstateCategory.ABANDONED_VEHICLE).contains(c);
            int days = issues.categories().stream().filter(s -> s.category() == c).findFirst().orElseThrow().targetWorkingDays();
            actingAs.run("admin", Set.of(Roles.ADMIN), () -> issues.changeCategory(c, streets ? streetScene : estateTeam, days,
                    issues.categoryVersion(c)));
        }
        UUID estate = area("Millbrook Estate");
        UUID riverside = area("Riverside");
        UUID millLane = area("Mill Lane");

        // Reported by a resident, who is emailed at each change; Street Scene's.
        report(EstateCategory.FLY_TIPPING, address(100090000162L), "Sofa and mattress dumped",
                "A sofa and a mattress have been left by the bin store since the weekend.",
                new ReporterContact("Jo Baker", "jo.baker@example.com", null), true);
        // Street Scene's, not yet started.
        report(EstateCategory.LITTER, address(100090000130L), null, "Litter blown against the fence along the path.",
                ReporterContact.NONE, false);

        EstateIssueView repair = report(EstateCategory.COMMUNAL_REPAIRS, address(100090000123L), "Stairwell handrail loose",
                "The handrail on the second floor of the stairwell is coming away from the wall.", ReporterContact.NONE, false);
        officer(repair, IssueTransition.START, null, null, "Repairs contractor booked for Thursday.", null);

        EstateIssueView play = report(EstateCategory.PLAY_AREA_DAMAGE, IssueLocation.described(
                "Play area behind Millbrook Community Centre", riverside, estate), "Broken swing seat",
                "One of the swing seats has split and has a sharp edge.", ReporterContact.NONE, true);
        officer(play, IssueTransition.START, null, null, "Swing taped off.", null);
        officer(play, IssueTransition.FIX, null, null, "Seat replaced by the play equipment contractor.",
                "The swing seat has been replaced.");

        EstateIssueView verge = report(EstateCategory.OVERGROWN_LAND, IssueLocation.described(
                "Verge between the Millbrook garages and Mill Lane", millLane, estate), null,
                "Brambles growing across the footpath by the garages.", ReporterContact.NONE, false);
        officer(verge, IssueTransition.CLOSE, CloseReason.NOT_OUR_LAND, "The verge is highway land: passed to the county council.",
                null, "This verge is looked after by the county council's highways team, who have been told.");

        EstateIssueView light = report(EstateCategory.STREET_LIGHTING, address(100090000165L), null,
                "The lamp outside the flats flickers and goes out after dark.", ReporterContact.NONE, false);
        officer(light, IssueTransition.FIX, null, null, "Lamp unit replaced.", "The lamp has been repaired.");
        officer(light, IssueTransition.REOPEN, null, "Residents say the lamp went out again two nights later.", null,
                "We have been told the lamp is out again and are looking at it.");

        EstateIssueView door = report(EstateCategory.COMMUNAL_REPAIRS, address(100090000170L), "Entry door does not lock",
                "The main entry door to the block does not close and lock, so anyone can get in.", ReporterContact.NONE, false);
        // Reported three weeks ago and not yet dealt with: overdue.
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update estate_issue set reported_at = reported_at - interval '21 days', updated_at = updated_at"
                    + " - interval '21 days', target_date = target_date - 21 where id = ?1").setParameter(1, door.id()).executeUpdate();
            em.createNativeQuery("update estate_issue_event set at = at - interval '21 days' where issue_id = ?1")
                    .setParameter(1, door.id()).executeUpdate();
        });
    }

    private EstateIssueView report(EstateCategory category, IssueLocation where, String title, String description,
            ReporterContact reporter, boolean photo) {
        return actingAs.call("estate", OFFICER, () -> work.report(new NewEstateIssue(category, where, title, description, reporter,
                IssueChannel.STAFF, null), photo ? List.of(new NewPhoto("photo.png", PNG)) : List.of()));
    }

    private void officer(EstateIssueView issue, IssueTransition step, CloseReason reason, String why, String note, String publicNote) {
        String who = issue.owningServiceName().equals("Housing Estate Team") ? "estate" : "manager";
        actingAs.run(who, who.equals("estate") ? OFFICER : MANAGER, () -> {
            long version = work.show(issue.id()).issue().version();
            work.change(issue.id(), new IssueChange(step, reason, why, note, publicNote, version));
        });
    }

    private IssueLocation address(long uprn) {
        return IssueLocation.atAddress(places.addressByUprn(uprn).orElseThrow().id());
    }

    private UUID area(String name) {
        return places.areas().stream().filter(a -> a.name().equals(name)).map(AreaView::id).findFirst().orElseThrow();
    }

    private UUID service(String name) {
        return services.services().stream().filter(s -> s.name().equals(name)).map(ServiceView::id).findFirst().orElseThrow();
    }
}
