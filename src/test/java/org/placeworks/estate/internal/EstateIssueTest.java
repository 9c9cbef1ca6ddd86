package org.placeworks.estate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.placeworks.estate.CloseReason;
import org.placeworks.estate.EstateCategory;
import org.placeworks.estate.IllegalTransition;
import org.placeworks.estate.IssueChannel;
import org.placeworks.estate.IssueStatus;
import org.placeworks.estate.IssueTransition;
import org.placeworks.estate.ReporterContact;
import org.placeworks.shared.InvalidInput;

/** An issue's states as plain values: fixed is not closed, closing needs a reason, reopening needs words. */
class EstateIssueTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void workStartsThenTheIssueIsFixedAndCanBeReopened() {
        EstateIssue issue = issue();
        assertThat(issue.take(IssueTransition.START, null, null, NOW)).isEqualTo(IssueStatus.REPORTED);
        assertThat(issue.status()).isEqualTo(IssueStatus.IN_PROGRESS);
        issue.take(IssueTransition.FIX, null, null, NOW);
        assertThat(issue.status()).isEqualTo(IssueStatus.FIXED);
        assertThat(issue.status().open()).isFalse();
        assertThatThrownBy(() -> issue.take(IssueTransition.REOPEN, null, " ", NOW)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("reason"));
        issue.take(IssueTransition.REOPEN, null, "It broke again", NOW);
        assertThat(issue.status()).isEqualTo(IssueStatus.REOPENED);
        issue.take(IssueTransition.START, null, null, NOW);
        assertThat(issue.status()).isEqualTo(IssueStatus.IN_PROGRESS);
    }

    @Test
    void closingWithoutFixingNeedsAReasonAndWordsForOther() {
        EstateIssue issue = issue();
        assertThatThrownBy(() -> issue.take(IssueTransition.CLOSE, null, null, NOW)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("closeReason"));
        assertThatThrownBy(() -> issue.take(IssueTransition.CLOSE, CloseReason.OTHER, null, NOW)).isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).errors()).containsKey("reason"));
        assertThat(issue.status()).isEqualTo(IssueStatus.REPORTED);
        issue.take(IssueTransition.CLOSE, CloseReason.PRIVATE_PROPERTY, null, NOW);
        assertThat(issue.status()).isEqualTo(IssueStatus.CLOSED_NOT_FIXED);
        assertThat(issue.closeReason()).isEqualTo(CloseReason.PRIVATE_PROPERTY);
        issue.take(IssueTransition.REOPEN, null, "The owner asked us to act", NOW);
        assertThat(issue.closeReason()).isNull();
    }

    @Test
    void stepsTheStatusDoesNotAllowAreRefusedAndChangeNothing() {
        EstateIssue issue = issue();
        assertThatThrownBy(() -> issue.take(IssueTransition.REOPEN, null, "Why", NOW)).isInstanceOf(IllegalTransition.class);
        issue.take(IssueTransition.START, null, null, NOW);
        assertThatThrownBy(() -> issue.take(IssueTransition.START, null, null, NOW)).isInstanceOf(IllegalTransition.class);
        issue.take(IssueTransition.FIX, null, null, NOW);
        assertThatThrownBy(() -> issue.take(IssueTransition.FIX, null, null, NOW)).isInstanceOf(IllegalTransition.class)
                .hasMessageContaining("EST-9");
        assertThatThrownBy(() -> issue.take(IssueTransition.CLOSE, CloseReason.DUPLICATE, null, NOW)).isInstanceOf(IllegalTransition.class);
        assertThat(issue.status()).isEqualTo(IssueStatus.FIXED);
    }

    @Test
    void anOpenIssuePastItsTargetIsOverdue() {
        EstateIssue issue = issue();
        assertThat(issue.overdue(LocalDate.of(2026, 12, 3))).isFalse();
        assertThat(issue.overdue(LocalDate.of(2026, 12, 4))).isTrue();
        issue.take(IssueTransition.FIX, null, null, NOW);
        assertThat(issue.overdue(LocalDate.of(2026, 12, 4))).isFalse();
    }

    @Test
    void photosAreRecognisedByTheirContent() {
        byte[] png = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        assertThat(PhotoType.of(png)).contains("image/png");
        assertThat(PhotoType.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0})).contains("image/jpeg");
        assertThat(PhotoType.of("RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).contains("image/webp");
        assertThat(PhotoType.of("\0\0\0\u0018ftypheic\0\0\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                .contains("image/heic");
        assertThat(PhotoType.of("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(PhotoType.of(new byte[0])).isEmpty();
    }

    private static EstateIssue issue() {
        return new EstateIssue("EST-9", EstateCategory.COMMUNAL_REPAIRS, null, "Loose handrail",
                new EstateIssue.Place(UUID.randomUUID(), null, "Riverside Road, TB2", UUID.randomUUID(), UUID.randomUUID(), null, null),
                ReporterContact.NONE, IssueChannel.STAFF, null, UUID.randomUUID(), NOW, "estate", LocalDate.of(2026, 12, 3));
    }
}
