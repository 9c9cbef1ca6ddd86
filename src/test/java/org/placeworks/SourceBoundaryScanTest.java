package org.placeworks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The source scan catches what bytecode cannot see, and lets a correct source through. */
class SourceBoundaryScanTest {

    private static final String DEMO_PLACE = """
            package org.placeworks.organisation.internal;
            public class DemoPlace { public static final int PRIORITY = 100; }
            """;

    @Test
    void anInlinedConstantOfAnotherFeaturesInternalsIsCaught() {
        List<String> violations = SourceBoundaryScan.violationsIn(DEMO_PLACE, """
                package org.placeworks.caf.internal;
                class DemoCases {
                    void onStart(@Observes @Priority(org.placeworks.organisation.internal.DemoPlace.PRIORITY + 10) StartupEvent e) {}
                }
                """);
        assertThat(violations).singleElement().asString()
                .contains("org.placeworks.organisation.internal.DemoPlace").contains("reaches into organisation's internal");
    }

    @Test
    void aStaticImportSpreadOverLinesIsCaught() {
        assertThat(SourceBoundaryScan.violationsIn(DEMO_PLACE, """
                package org.placeworks.panel;
                import static org.placeworks . organisation
                    .internal.DemoPlace.PRIORITY;
                class Panels {}
                """)).singleElement().asString().contains("organisation's internal");
    }

    @Test
    void aLowerFeatureNamingAHigherOneIsAWrongArrow() {
        assertThat(SourceBoundaryScan.violationsIn("""
                package org.placeworks.family;
                class Families { Object next = org.placeworks.caf.CaseStatus.OPEN; }
                """)).singleElement().asString().contains("wrong arrow: family may not use caf");
    }

    @Test
    void nothingMayUseTheDemoData() {
        assertThat(SourceBoundaryScan.violationsIn("""
                package org.placeworks.grant;
                import org.placeworks.demo.DemoLoader;
                class Funds {}
                """)).singleElement().asString().contains("grant may not use demo");
    }

    @Test
    void anotherFeaturesWebAndApiPackagesAreOffLimits() {
        assertThat(SourceBoundaryScan.violationsIn("""
                package org.placeworks.grant.web;
                import org.placeworks.panel.web.Choices;
                import org.placeworks.caf.api.CasesApi;
                import org.placeworks.shared.web.Page;
                class GrantPages {}
                """)).hasSize(2).anySatisfy(v -> assertThat(v).contains("panel's web"))
                .anySatisfy(v -> assertThat(v).contains("caf's api"));
    }

    @Test
    void internalCodeMayNotLeanOnItsOwnFeaturesServices() {
        assertThat(SourceBoundaryScan.violationsIn("""
                package org.placeworks.panel;
                @ApplicationScoped
                public class Panels {}
                """, """
                package org.placeworks.panel.internal;
                import org.placeworks.panel.Panels;
                import org.placeworks.panel.MeetingStatus;
                class MeetingScheduler {}
                """)).singleElement().asString().contains("service class of panel");
    }

    @Test
    void aCorrectSourcePasses() {
        assertThat(SourceBoundaryScan.violationsIn("""
                package org.placeworks.panel;
                @ApplicationScoped
                public class Agendas {}
                """, """
                package org.placeworks.grant.internal;
                import static org.placeworks.identity.Roles.ADMIN;
                import org.placeworks.caf.CafCases;
                import org.placeworks.grant.internal.Fund;
                import org.placeworks.shared.web.Page;
                // a comment naming org.placeworks.organisation.internal.DemoPlace refers to nothing
                class GrantAwards {
                    String help = "see org.placeworks.caf.internal.CafCase";
                    int priority = org.placeworks.panel.ItemKind.values().length;
                }
                """)).isEmpty();
    }
}
