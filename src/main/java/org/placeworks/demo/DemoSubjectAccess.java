package org.placeworks.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.placeworks.family.PersonMatch;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.shared.Today;
import org.placeworks.subjectaccess.NewRequest;
import org.placeworks.subjectaccess.ReceivedHow;
import org.placeworks.subjectaccess.RequesterKind;
import org.placeworks.subjectaccess.SubjectAccessRequests;

/**
 * Work for the data protection officer ({@code dpo}, Dana Whitfield): Rumana Begum asked by email, nine days ago, for
 * everything held about her daughter Aisha (six, on an active early help plan); her identity was checked, and the
 * export is compiled and awaiting review.
 */
@ApplicationScoped
@io.quarkus.arc.Unremovable // looked up by DemoLoader in its one line, not injected
class DemoSubjectAccess {

    private static final Logger LOG = Logger.getLogger(DemoSubjectAccess.class);

    @Inject
    SubjectAccessRequests requests;

    @Inject
    ActingAs actingAs;

    @Inject
    Today today;

    void load() {
        actingAs.run("dpo", Set.of(Roles.DPO), () -> {
            LocalDate born = today.date().minusYears(6);
            UUID aisha = requests.people("Aisha Begum", born, null).stream().filter(m -> !m.elsewhere())
                    .filter(m -> m.person().fullName().equals("Aisha Begum") && "Begum family".equals(m.familyName()))
                    .map(PersonMatch::person).findFirst().orElseThrow().id();
            UUID request = requests.log(new NewRequest(aisha, "Rumana Begum", RequesterKind.PARENT, ReceivedHow.EMAIL,
                    today.date().minusDays(9), true, "Seen with her passport at the Thornbury contact centre"));
            requests.compile(request);
        });
        LOG.info("Loaded the demo subject access request: Aisha Begum's, compiled and awaiting review");
    }
}
