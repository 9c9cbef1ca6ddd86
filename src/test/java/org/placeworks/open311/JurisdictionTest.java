package org.placeworks.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.placeworks.shared.InvalidInput;

/** placeworks.open311.jurisdiction-id: checked when set (400 naming jurisdiction_id), anything accepted when not. */
class JurisdictionTest {

    private static Open311Requests serving(Optional<String> jurisdiction) {
        Open311Requests requests = new Open311Requests();
        requests.settings = () -> jurisdiction;
        return requests;
    }

    @Test
    void whenSetTheJurisdictionMustMatch() {
        Open311Requests requests = serving(Optional.of("eastmoor.gov.uk"));
        assertThatCode(() -> requests.checkJurisdiction("eastmoor.gov.uk")).doesNotThrowAnyException();
        assertThatCode(() -> requests.checkJurisdiction(" eastmoor.gov.uk ")).doesNotThrowAnyException();
        assertThatThrownBy(() -> requests.checkJurisdiction("westmoor.gov.uk")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsOnlyKeys("jurisdiction_id").extractingByKey("jurisdiction_id").asString()
                        .contains("westmoor.gov.uk").contains("eastmoor.gov.uk"));
        assertThatThrownBy(() -> requests.checkJurisdiction(null)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.errors()).containsKey("jurisdiction_id"));
        assertThatThrownBy(() -> requests.checkJurisdiction("")).isInstanceOf(InvalidInput.class);
    }

    @Test
    void whenUnsetAnyJurisdictionIsAccepted() {
        Open311Requests requests = serving(Optional.empty());
        assertThatCode(() -> requests.checkJurisdiction("anything")).doesNotThrowAnyException();
        assertThatCode(() -> requests.checkJurisdiction(null)).doesNotThrowAnyException();
    }
}
