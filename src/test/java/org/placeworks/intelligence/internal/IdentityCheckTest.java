package org.placeworks.intelligence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentityCheckTest {

    private static final String NAME = "Zebedee Quarrington-Smythe";
    private static final String EMAIL = "zq.reporter@example.org";
    private static final String PHONE = "07700 900461";

    private static java.util.List<String> found(String summary) {
        return IdentityCheck.found(summary, NAME, EMAIL, PHONE);
    }

    @Test
    void aSummaryWithoutTheReporterPasses() {
        assertThat(found("Young people gathering by the garages on Mill Lane most evenings after 9pm, shouting and throwing bottles."))
                .isEmpty();
    }

    @Test
    void theNameWholeOrInPartIsFoundWhateverTheCase() {
        assertThat(found("Reported by Zebedee Quarrington-Smythe of Mill Lane")).containsExactly("name");
        assertThat(found("Mr QUARRINGTON says the van comes at night")).containsExactly("name");
        assertThat(found("zebedee saw it")).containsExactly("name");
    }

    @Test
    void partsOfOtherWordsAreNotTheName() {
        // "Smythe" is a part of the name; "Smytheson" is another word.
        assertThat(IdentityCheck.found("The Smytheson Road bins", "Al Smythe", null, null)).isEmpty();
        // Parts shorter than three letters are not looked for ("Al").
        assertThat(IdentityCheck.found("Al fresco drinking in the park", "Al Smythe", null, null)).isEmpty();
    }

    @Test
    void theEmailAddressOrItsLocalPartIsFound() {
        assertThat(found("Contact ZQ.Reporter@Example.org for more")).containsExactly("email address");
        assertThat(found("signed zq.reporter")).containsExactly("email address");
    }

    @Test
    void thePhoneNumberIsFoundHoweverItIsWritten() {
        assertThat(found("call 07700900461")).containsExactly("phone number");
        assertThat(found("call +44 7700 900461")).containsExactly("phone number");
        assertThat(found("call (07700) 900-461")).containsExactly("phone number");
        assertThat(found("call 0044 7700 900 461")).containsExactly("phone number");
    }

    @Test
    void otherNumbersAreNotThePhone() {
        assertThat(found("Seen on 12/11/2026 at 21:30, about 15 young people, registration AB12 CDE")).isEmpty();
        assertThat(found("Crime reference 07700 123456")).isEmpty();
    }

    @Test
    void everythingFoundIsNamedOnce() {
        assertThat(found("Zebedee (zq.reporter@example.org, 07700 900461)")).containsExactly("name", "email address", "phone number");
    }

    @Test
    void aReporterWhoGaveNothingLeavesNothingToFind() {
        assertThat(IdentityCheck.found("Anything at all 07700 900461", null, null, null)).isEmpty();
    }
}
