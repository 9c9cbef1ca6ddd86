package org.placeworks.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.document.SampleFiles;
import org.placeworks.shared.Today;
import org.placeworks.testsupport.Chromium;

/**
 * The frontline worker's day in Chromium, from the keyboard only: a new family is found not to be known,
 * registered with a parent and a child, a request for support is logged and accepted, consent recorded,
 * the assessment completed, and a home visit noted with a document added to the case.
 */
@QuarkusTest
class FrontlineJourneyTest {

    /** 10 Northgate Road area: inside Family Support Thornbury's boundary (the whole town). */
    private static final String NORTHGATE_UPRN = "100090000010";

    @TestHTTPResource("/")
    URL app;

    @Inject
    org.placeworks.testsupport.MovableClock clock;

    /** Noon in London, so that what the journey records "today" (a visit at 10:30, a meeting at 09:30) is past whenever it runs. */
    @org.junit.jupiter.api.BeforeEach
    void noon() {
        clock.moveToNoonToday();
    }

    @org.junit.jupiter.api.AfterEach
    void clockBack() {
        clock.reset();
    }

    @Inject
    Today today;

    @Test
    void theFrontlineWorkerRegistersAFamilyAndWorksTheirCase() throws Exception {
        String surname = "Thistlewood" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
        LocalDate now = today.date();
        Path letter = Files.createTempFile("school-letter", ".pdf");
        Files.write(letter, SampleFiles.pdf("Letter from the school about attendance"));

        try (Chromium browser = Chromium.open(app)) {
            browser.signIn("frontline");

            // Search before create: nobody of that name is known.
            browser.press("Families");
            browser.type("Name", "Rosa " + surname);
            browser.press("Search");
            browser.press("Register a new family");
            browser.type("Find the address", NORTHGATE_UPRN);
            browser.press("Find address");
            browser.chooseFirst("Address");
            browser.type("Family name", surname + " family");
            browser.press("Register family");
            assertThat(browser.text()).contains(surname + " family");

            addPerson(browser, "Rosa", surname, now.minusYears(34), "Parent");
            addPerson(browser, "Milo", surname, now.minusYears(7), "Child");

            // The request for support, screened for significant harm first.
            browser.press("Start a request for support");
            browser.choose("Is any child at risk of significant harm?", "No");
            browser.press("Continue");
            browser.choose("Which children is the request about?", "Milo");
            browser.type("Name", "Mrs Okafor");
            browser.select("Agency", "Thornbury Primary School");
            browser.type("Email address", "okafor@school.example");
            browser.type("Why is support needed?", "Milo misses school most Mondays; mum is struggling since her shifts changed.");
            browser.type("Need 1", "School attendance");
            browser.select("Headline outcome for need 1", "Getting a good education");
            browser.press("Send the request");
            assertThat(browser.path()).startsWith("/cases/");
            String casePath = browser.path();

            browser.press("Decide on the referral");
            browser.choose("What is your decision?", "Accepted");
            browser.select("If accepted: the worker the case is allocated to", "Fran Walker");
            browser.date("Date of the decision", now);
            browser.press("Save the decision");
            assertThat(browser.text()).contains("allocated to Fran Walker");

            browser.press("Record consent");
            browser.choose("Who gave consent?", "A parent or carer");
            browser.type("Name of the parent or carer who gave consent", "Rosa " + surname);
            browser.date("Date consent was given", now);
            browser.type("What did the family agree to?", "An early help assessment, shared with the school.");
            browser.choose("Did the family agree to the case being discussed at the multi-agency panel?", "Yes");
            browser.choose("Agencies the family agreed may see the case", "Thornbury Primary School");
            browser.press("Save consent");

            browser.press("Start the assessment");
            browser.type("Strengths: Learning", "Milo reads well and enjoys maths.");
            browser.type("Needs: Learning", "Attendance 78% this term.");
            browser.select("Score for “School attendance”", "4");
            browser.type("What will be different for “School attendance” (optional)", "Milo is at school every day.");
            browser.type("How progress on “School attendance” will be measured", "The school's attendance figures each half term.");
            browser.type("The child's voice", "Milo says Mondays are hard because he is tired.");
            browser.press("Complete the assessment");
            assertThat(browser.path()).isEqualTo(casePath);

            browser.press("Record a contact or case note");
            browser.date("Date of the contact", now);
            browser.type("Time of the contact", "10:30");
            browser.choose("Type of contact", "Home visit");
            browser.choose("Who was seen?", "Milo");
            browser.choose("Was the child seen alone?", "No");
            browser.type("Note", "Visited at home. Talked through a Monday morning routine with Rosa and Milo.");
            browser.press("Save the note");
            assertThat(browser.text()).contains("Talked through a Monday morning routine");

            browser.pressLinkTo(casePath + "#notes");
            browser.press("Add a document");
            browser.type("Title", "Letter from the school about attendance");
            browser.choose("Kind of document", "Letter");
            browser.attach("File", letter);
            browser.press("Add the document");
            assertThat(browser.text()).contains("Letter from the school about attendance");
        } finally {
            Files.deleteIfExists(letter);
        }
    }

    private static void addPerson(Chromium browser, String given, String family, LocalDate born, String relationship) {
        browser.press("Add a person");
        browser.type("First name", given);
        browser.type("Last name", family);
        browser.date("Date of birth", born);
        browser.select("Relationship in the household", relationship);
        browser.choose("Do they live at this address?", "Yes");
        browser.choose("Do they need an interpreter?", "No");
        browser.press("Save");
        assertThat(browser.text()).contains(given + " " + family);
    }
}
