package org.placeworks.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.shared.Conflict;
import org.placeworks.subjectaccess.internal.SubjectAccessRequest;

/** Art. 12(3), worked by hand: one calendar month from receipt, the month's last day where it is shorter; two more months once. */
class DueDatesTest {

    @Test
    void dueTheSameDayNextMonth() {
        assertThat(DueDates.dueOn(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(DueDates.dueOn(LocalDate.of(2026, 12, 3))).isEqualTo(LocalDate.of(2027, 1, 3));
    }

    @Test
    void dueOnTheLastDayOfAShorterMonth() {
        assertThat(DueDates.dueOn(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(DueDates.dueOn(LocalDate.of(2028, 1, 31))).as("a leap year").isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(DueDates.dueOn(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(DueDates.dueOn(LocalDate.of(2028, 1, 30))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void extendedByTwoFurtherMonthsFromReceipt() {
        assertThat(DueDates.extendedTo(LocalDate.of(2027, 1, 31))).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(DueDates.extendedTo(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(DueDates.extendedTo(LocalDate.of(2026, 3, 15))).isEqualTo(LocalDate.of(2026, 6, 15));
    }

    @Test
    void aRequestIsOverdueTheDayAfterItsDueDateAndExtendsOnce() {
        SubjectAccessRequest r = request(LocalDate.of(2027, 1, 31));
        assertThat(r.answerBy()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(r.overdueOn(LocalDate.of(2027, 2, 28))).isFalse();
        assertThat(r.overdueOn(LocalDate.of(2027, 3, 1))).isTrue();
        r.extend("Several requests at once");
        assertThat(r.answerBy()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(r.overdueOn(LocalDate.of(2027, 3, 1))).isFalse();
        assertThatThrownBy(() -> r.extend("Again")).isInstanceOf(Conflict.class);
    }

    @Test
    void nothingIsReleasedBeforeItIsCompiledNorWithoutAVerifiedIdentity() {
        SubjectAccessRequest r = request(LocalDate.of(2027, 1, 31));
        assertThatThrownBy(() -> r.release(Instant.EPOCH, "dpo")).isInstanceOf(Conflict.class).hasMessageContaining("Compile");
        r.compiled("{}", Instant.EPOCH);
        assertThatThrownBy(() -> r.release(Instant.EPOCH, "dpo")).isInstanceOf(Conflict.class).hasMessageContaining("identity");
        r.identityVerified("Passport seen");
        r.release(Instant.EPOCH, "dpo");
        assertThat(r.status()).isEqualTo(RequestStatus.RELEASED);
        assertThatThrownBy(() -> r.compiled("{}", Instant.EPOCH)).isInstanceOf(Conflict.class);
    }

    private static SubjectAccessRequest request(LocalDate received) {
        return new SubjectAccessRequest(UUID.randomUUID(), UUID.randomUUID(), "Aisha Begum", LocalDate.of(2020, 5, 1), "Rumana Begum",
                RequesterKind.PARENT, ReceivedHow.EMAIL, received, false, null, Instant.EPOCH, "dpo");
    }
}
