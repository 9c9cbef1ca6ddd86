package org.placeworks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A select's options drawn in Java: the chosen one marked, and every value and label escaped as a template would. */
class SelectOptionsTest {

    private static final List<Option> SERVICES = List.of(new Option("", "All services"),
            new Option("a1", "Early Help <North> & \"Castle\""), new Option("b'2", "Youth's service"));

    @Test
    void theChosenOptionIsMarkedSelectedAndNoOther() {
        assertThat(SelectOptions.selecting(SERVICES, "a1").getValue()).isEqualTo("<option value=\"\">All services</option>"
                + "<option value=\"a1\" selected>Early Help &lt;North&gt; &amp; &quot;Castle&quot;</option>"
                + "<option value=\"b&#39;2\">Youth&#39;s service</option>");
    }

    @Test
    void anEmptyValueIsAChoiceLikeAnyOther() {
        assertThat(SelectOptions.selecting(SERVICES, "").getValue()).startsWith("<option value=\"\" selected>All services</option>")
                .containsOnlyOnce(" selected");
    }

    @Test
    void nothingChosenMarksNone() {
        assertThat(SelectOptions.selecting(SERVICES, null).getValue()).doesNotContain("selected");
        assertThat(SelectOptions.selecting(SERVICES, "b'2").getValue()).contains("<option value=\"b&#39;2\" selected>");
        assertThat(SelectOptions.selecting(List.of(), "a1").getValue()).isEmpty();
    }
}
