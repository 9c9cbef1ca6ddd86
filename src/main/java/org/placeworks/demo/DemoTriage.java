package org.placeworks.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.placeworks.estate.EstateCategory;
import org.placeworks.geography.Places;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.intelligence.HandlingCode;
import org.placeworks.intelligence.InformationAssessment;
import org.placeworks.intelligence.NewReport;
import org.placeworks.intelligence.ReportCategory;
import org.placeworks.intelligence.ReportLocation;
import org.placeworks.intelligence.ReporterDetails;
import org.placeworks.intelligence.Reports;
import org.placeworks.intelligence.RouteCommand;
import org.placeworks.intelligence.SourceEvaluation;
import org.placeworks.intelligence.TriageCommand;
import org.placeworks.intelligence.Triages;
import org.placeworks.intelligence.Victim;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.shared.Today;

/**
 * Triaged reports on the Millbrook Estate, as the intelligence officer {@code intel} graded and passed
 * them on: drug dealing to the police (Neighbourhood Policing Thornbury North, whose constable
 * {@code member} reads it) and dumping and intimidation on the stairs to the Housing Estate Team
 * ({@code estate} reads it), each with a sanitised summary and nothing of the reporter; the dumping is also
 * an estate issue raised from that summary. A report from Westbury, outside our area, went to the council
 * that covers it.
 */
@io.quarkus.arc.Unremovable // DemoLoader looks it up rather than injecting it
@ApplicationScoped
class DemoTriage {

    private static final Set<String> OFFICER = Set.of(Roles.INTELLIGENCE_OFFICER);

    @Inject
    Reports reports;

    @Inject
    Triages triages;

    @Inject
    Places places;

    @Inject
    Services services;

    @Inject
    ActingAs actingAs;

    @Inject
    Today today;

    void load() {
        actingAs.run("intel", OFFICER, () -> {
            // 3 Riverside Road and 6 Wharf Street, on the estate in Riverside.
            UUID riversideRoad = places.addressByUprn(100090000163L).orElseThrow().id();
            UUID wharfStreet = places.addressByUprn(100090000176L).orElseThrow().id();
            reportAndPass(ReportCategory.DRUG_DEALING,
                    "Cars pull up by the garages behind Riverside Road most evenings between 8 and 10. A young man on a bike goes "
                            + "from car to car. I see it from my kitchen window at number 5. My name is Gwen Tallis, call me on 07700 900 311.",
                    riversideRoad, new ReporterDetails("Gwen Tallis", "gwen.tallis@example.org", "07700 900 311"),
                    new TriageCommand(SourceEvaluation.UNTESTED, InformationAssessment.A, HandlingCode.P, null,
                            "Vehicles stop briefly by the garages behind Riverside Road most evenings between 8pm and 10pm. A young "
                                    + "man on a bicycle goes from car to car. Seen repeatedly by a resident over several weeks.",
                            "Thank you. An officer has looked at your report.", null),
                    "Neighbourhood Policing Thornbury North", 6);
            UUID stairwell = reportAndPass(ReportCategory.INTIMIDATION,
                    "The stairwell at Wharf Street is full of rubbish bags and the men who hang about there shout at us when we "
                            + "take the children past.",
                    wharfStreet, null,
                    new TriageCommand(SourceEvaluation.RELIABLE, InformationAssessment.B, HandlingCode.C,
                            "Do not share with the tenants named in the housing file without asking us first.",
                            "Rubbish bags are being left in the Wharf Street stairwell, and a group of men gathering there shout at "
                                    + "residents with children. Confirmed by a second report last month.",
                            null, null),
                    "Housing Estate Team", 3);
            // The bags in the stairwell are also an estate issue, raised from the sanitised summary.
            triages.raiseEstateIssue(stairwell, EstateCategory.FLY_TIPPING);
            // A report from outside our area, passed to the council that covers it, which closes it here.
            UUID elsewhere = reports.submitPublic(new NewReport(ReportCategory.ANTI_SOCIAL_BEHAVIOUR,
                    "Motorbikes racing round the retail park car park in Westbury every Friday night.", today.date().minusDays(9), null,
                    ReportLocation.described("Westbury retail park car park"), Victim.NO, null)).reportId();
            triages.grade(elsewhere, new TriageCommand(SourceEvaluation.UNTESTED, InformationAssessment.C, HandlingCode.P, null,
                    "Motorbikes racing in the Westbury retail park car park on Friday nights.", null, reports.find(elsewhere).version()));
            triages.route(elsewhere, new RouteCommand(null, "Shire Valley District Council", null, reports.find(elsewhere).version()));
        });
    }

    private UUID reportAndPass(ReportCategory category, String what, UUID address, ReporterDetails reporter, TriageCommand triage,
            String serviceName, int daysAgo) {
        UUID id = reports.submitPublic(new NewReport(category, what, today.date().minusDays(daysAgo), null,
                ReportLocation.address(address, null), Victim.NO, reporter)).reportId();
        long version = reports.find(id).version();
        triages.grade(id, new TriageCommand(triage.source(), triage.information(), triage.handling(), triage.conditions(),
                triage.summary(), triage.noteForReporter(), version));
        UUID service = services.services().stream().filter(s -> s.name().equals(serviceName)).map(ServiceView::id).findFirst().orElseThrow();
        triages.route(id, new RouteCommand(service, null, "Passed to " + serviceName + ", without your details.", reports.find(id).version()));
        return id;
    }
}
