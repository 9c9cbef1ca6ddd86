package org.placeworks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplicedPageTest {

    /** Escaping HTML as the app's templates do. */
    private final Engine engine = Engine.builder().addDefaults()
            .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML))).build();

    private Template html(String content) {
        return engine.parse(content, Variant.forContentType(Variant.TEXT_HTML));
    }

    @Test
    void theKeptMarkupIsWrittenInTheSlotWithThePageAroundIt() {
        var page = html("<h1>{title}</h1>{table}<p>Figures as at {when}</p>")
                .data("title", "Caseload – Thornbury").data("table", SplicedPage.SLOT).data("when", "1 December");
        byte[] kept = "<table><td>£40 · fewer than 5</td></table>".getBytes(StandardCharsets.UTF_8);

        String written = SplicedPage.around(page, kept).toString(StandardCharsets.UTF_8);

        assertThat(written).isEqualTo(
                "<h1>Caseload – Thornbury</h1><table><td>£40 · fewer than 5</td></table><p>Figures as at 1 December</p>");
    }

    @Test
    void aValueThatSpellsTheSlotIsEscapedAndNeverTakenForIt() {
        var page = html("<p>{name}</p>{table}").data("name", "<!--placeworks:kept-markup-->")
                .data("table", SplicedPage.SLOT);

        String written = SplicedPage.around(page, "<table/>".getBytes(StandardCharsets.UTF_8))
                .toString(StandardCharsets.UTF_8);

        assertThat(written).isEqualTo("<p>&lt;!--placeworks:kept-markup--&gt;</p><table/>");
    }

    @Test
    void aPageWithoutItsSlotOrWithTwoIsAMistakeInTheTemplate() {
        byte[] kept = "<table/>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SplicedPage.around(html("<p>no slot</p>").instance(), kept))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SplicedPage.around(html("{t}{t}").data("t", SplicedPage.SLOT), kept))
                .isInstanceOf(IllegalStateException.class);
    }
}
