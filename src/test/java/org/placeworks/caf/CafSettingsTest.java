package org.placeworks.caf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The early help settings as Quarkus reads them: a property under the mapping's prefix it does not know stops the start. */
class CafSettingsTest {

    private static SmallRyeConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withMapping(CafSettings.class)
                .withValidateUnknown(true)
                .withSources(new PropertiesConfigSource(properties, "test", 500))
                .build();
    }

    @Test
    void theReminderTimeCanBeSetWithoutStoppingTheStart() {
        SmallRyeConfig config = config(Map.of("placeworks.caf.reminder-cron", "*/10 * * ? * *"));

        assertEquals("*/10 * * ? * *", config.getValue("placeworks.caf.reminder-cron", String.class));
    }

    @Test
    void theRemindersGoAtSevenOnWorkingDaysUnlessSet() {
        assertEquals("0 0 7 ? * MON-FRI", config(Map.of()).getValue("placeworks.caf.reminder-cron", String.class));
    }
}
