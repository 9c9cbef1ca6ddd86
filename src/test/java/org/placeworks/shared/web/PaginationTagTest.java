package org.placeworks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Variant;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The GOV.UK pagination every paged list shows, written once as the {@code pagination} tag, with the app's own engine. */
@QuarkusTest
class PaginationTagTest {

    @Inject
    Engine engine;

    private String render(String tag, PageLinks pages) {
        return engine.parse(tag, Variant.forContentType(Variant.TEXT_HTML)).data("pages", pages).render();
    }

    private static final String COUNTED = "{#pagination label=\"Pages of events\" previous=pages.previous next=pages.next"
            + " position=pages.position /}";

    @Test
    void theFirstPageLinksOnlyToTheNextAndSaysWhereTheReaderIs() {
        String html = render(COUNTED, PageLinks.numbered("/estate/engagement?kind=MEETING&page=", 1, false, true, "Page 1 of 3"));

        assertThat(html).contains("<nav class=\"govuk-pagination\" aria-label=\"Pages of events\">")
                .contains("href=\"/estate/engagement?kind=MEETING&amp;page=2\" rel=\"next\"")
                .contains("Next<span class=\"govuk-visually-hidden\"> page</span>")
                .contains("<span aria-current=\"page\">Page 1 of 3</span>")
                .doesNotContain("rel=\"prev\"");
    }

    @Test
    void aMiddlePageLinksBothWaysAndTheLastOnlyBack() {
        String middle = render(COUNTED, PageLinks.numbered("/intelligence/reports?page=", 2, true, true, "Page 2 of 3"));
        assertThat(middle).contains("href=\"/intelligence/reports?page=1\" rel=\"prev\"")
                .contains("href=\"/intelligence/reports?page=3\" rel=\"next\"");

        String last = render(COUNTED, PageLinks.numbered("/intelligence/reports?page=", 3, true, false, "Page 3 of 3"));
        assertThat(last).contains("href=\"/intelligence/reports?page=2\" rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void linksWithTitlesOfTheirOwnAreShownInTheBlockStyle() {
        String html = render("{#pagination label=\"Pages of the ledger\" id=\"ledger-pages\" previous=pages.previous"
                + " next=pages.next previousTitle=\"Earlier entries\" nextTitle=\"Later entries\" block=true /}",
                new PageLinks("/grants/funds/f?ledger-before=12#ledger", "/grants/funds/f#ledger", null));

        assertThat(html).contains("class=\"govuk-pagination govuk-pagination--block\" aria-label=\"Pages of the ledger\" id=\"ledger-pages\"")
                .contains("<span class=\"govuk-pagination__link-title\">Earlier entries</span>")
                .contains("<span class=\"govuk-pagination__link-title\">Later entries</span>")
                .doesNotContain("Previous<span").doesNotContain("govuk-pagination__list");
    }
}
