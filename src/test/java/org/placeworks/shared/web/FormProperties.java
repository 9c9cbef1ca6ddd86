package org.placeworks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.placeworks.shared.Money;

/**
 * The form reader's typed values: a real date typed into the three boxes is read back exactly, and
 * whatever is posted becomes a value or a message on its field, never an exception.
 */
class FormProperties {

    static Form posted(String... namesAndValues) {
        MultivaluedHashMap<String, String> map = new MultivaluedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return Form.of(map);
    }

    @Property
    void aRealDateTypedInTheBoxesIsReadExactly(@ForAll("dates") LocalDate date, @ForAll boolean leadingZeros, @ForAll boolean spaces) {
        String pad = spaces ? " " : "";
        String format = leadingZeros ? "%02d" : "%d";
        Form form = posted("dob-day", pad + String.format(format, date.getDayOfMonth()) + pad,
                "dob-month", String.format(format, date.getMonthValue()) + pad, "dob-year", pad + date.getYear());
        assertThat(form.date("dob", "Date of birth")).isEqualTo(date);
        assertThat(form.problems()).isEmpty();
    }

    @Property
    void anyThreeBoxesGiveADateOrOneMessageOnTheField(@ForAll("boxes") String day, @ForAll("boxes") String month, @ForAll("boxes") String year) {
        Form form = posted("dob-day", day, "dob-month", month, "dob-year", year);
        LocalDate read = form.date("dob", "Date of birth");
        if (read != null) {
            assertThat(form.problems()).isEmpty();
            assertThat(read.getYear()).isBetween(0, 9999);
        } else if (day.isBlank() && month.isBlank() && year.isBlank()) {
            assertThat(form.problems()).isEmpty();
        } else {
            assertThat(form.problems()).containsOnlyKeys("dob");
            assertThat(form.problems().get("dob")).startsWith("Date of birth ");
        }
    }

    @Property
    void poundsAreReadAsMoneyReadsThemOrRefusedOnTheField(@ForAll("anything") String typed) {
        Form form = posted("amount", typed);
        Long pence = form.pence("amount", "Amount");
        if (typed.isBlank()) {
            assertThat(pence).isNull();
        } else {
            assertThat(pence).isEqualTo(Money.parse(typed).orElse(null));
            assertThat(form.problems().containsKey("amount")).isEqualTo(pence == null);
        }
    }

    @Property
    void nothingPostedEverThrows(@ForAll("anything") String typed) {
        Form form = posted("n", typed, "t", typed, "u", typed, "c", typed, "v", typed, "version", typed, "y", typed);
        form.whole("n", "Number");
        form.time("t", "Start time");
        form.uuid("u");
        form.uuids("u");
        form.choice(java.time.DayOfWeek.class, "c");
        form.yes("y", false);
        form.version();
        form.problems().values().forEach(message -> assertThat(message).isNotBlank());
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(1000, 1, 1).toEpochDay(), LocalDate.of(9999, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<String> boxes() {
        return Arbitraries.oneOf(Arbitraries.strings().numeric().ofMaxLength(5), Arbitraries.integers().between(-5, 40).map(String::valueOf),
                Arbitraries.of("", " ", "29", "02", "2024", "2023", "0", "00", "+1", "1e1", "٣", "１２", "31", "13"),
                Arbitraries.strings().all().ofMaxLength(6));
    }

    @Provide
    Arbitrary<String> anything() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(50),
                Arbitraries.strings().withChars("0123456789:-.,£+ eE").ofMaxLength(20),
                Arbitraries.of("99999999999999999999", "MONDAY", "yes", "no", "10:00", "25:00", "00000000-0000-0000-0000-000000000000"));
    }
}
