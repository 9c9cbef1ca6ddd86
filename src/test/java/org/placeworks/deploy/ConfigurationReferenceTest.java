package org.placeworks.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/running.md's configuration reference is the one the code reads: when a setting is added, renamed or given
 * another default, this test fails until the reference is written again with
 * {@code ./mvnw -B -o verify -Dtest=ConfigurationReferenceTest -Dplaceworks.docs.write=true}.
 */
class ConfigurationReferenceTest {

    static final Path RUNNING = Path.of("docs/running.md");
    static final String START = "<!-- configuration reference: written by ConfigurationReferenceTest, do not edit by hand -->\n";
    static final String END = "<!-- end of configuration reference -->";

    @Test
    void theReferenceInTheDocsIsTheOneTheCodeReads() throws Exception {
        List<ConfigurationReference.Setting> settings = ConfigurationReference.read();
        String docs = Files.readString(RUNNING);
        int start = docs.indexOf(START);
        int end = docs.indexOf(END);
        assertThat(start).as("docs/running.md holds the reference's markers").isNotNegative();
        String written = docs.substring(0, start + START.length()) + ConfigurationReference.table(settings) + docs.substring(end);
        if (Boolean.getBoolean("placeworks.docs.write")) {
            Files.writeString(RUNNING, written);
        }
        assertThat(docs).as("docs/running.md's configuration reference is out of date: run "
                + "./mvnw -B -o verify -Dtest=ConfigurationReferenceTest -Dplaceworks.docs.write=true").isEqualTo(written);
    }

    @Test
    void itFindsEveryKindOfSettingWithItsDefaultAndWhetherProductionNeedsIt() throws Exception {
        List<ConfigurationReference.Setting> settings = ConfigurationReference.read();
        assertThat(settings).anySatisfy(s -> {
            // A @ConfigMapping property with its Javadoc and default.
            assertThat(s.property()).isEqualTo("placeworks.caf.assessment-working-days");
            assertThat(s.variable()).isEqualTo("PLACEWORKS_CAF_ASSESSMENT_WORKING_DAYS");
            assertThat(s.defaultValue()).isEqualTo("10");
            assertThat(s.meaning()).isEqualTo("Working days from consent to a completed assessment.");
            assertThat(s.requiredInProduction()).isFalse();
        }).anySatisfy(s -> {
            // A secret that production must be given.
            assertThat(s.variable()).isEqualTo("PLACEWORKS_SESSION_SECRET");
            assertThat(s.requiredInProduction()).isTrue();
        }).anySatisfy(s -> {
            // A setting application.properties reads from the environment, with its local default.
            assertThat(s.variable()).isEqualTo("PLACEWORKS_DB_URL");
            assertThat(s.defaultValue()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/placeworks");
        });
        assertThat(settings).extracting(ConfigurationReference.Setting::property).doesNotHaveDuplicates();
    }
}
