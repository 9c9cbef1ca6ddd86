package org.placeworks.estate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.placeworks.estate.IssueFilter;
import org.placeworks.estate.PublicIssueQuery;

/**
 * The estate lists filter by many ids (the public's search by issue, a reader's services and places) and by the
 * open states, each bound as one array: PostgreSQL allows at most 65,535 parameters in a statement.
 */
@QuarkusTest
class EstateListsBindOneArrayTest {

    @Inject
    EstateIssueRepository issues;

    private static Set<UUID> randomIdsAnd(int count, UUID known) {
        return Stream.concat(Stream.generate(UUID::randomUUID).limit(count), Stream.of(known)).collect(Collectors.toSet());
    }

    private EstateIssue anOpenIssue() {
        return QuarkusTransaction.requiringNew().call(() -> issues.list("order by reportedAt, id").stream()
                .filter(i -> i.status().open()).findFirst().orElseThrow());
    }

    @Test
    void thePublicSearchFindsAnIssueAmongSeventyThousandIds() {
        EstateIssue known = anOpenIssue();
        List<UUID> ids = List.copyOf(randomIdsAnd(70_000, known.id()));
        List<EstateIssue> open = QuarkusTransaction.requiringNew()
                .call(() -> issues.publicSearch(new PublicIssueQuery(ids, null, null, null, true, 10)));
        List<EstateIssue> closed = QuarkusTransaction.requiringNew()
                .call(() -> issues.publicSearch(new PublicIssueQuery(ids, null, null, null, false, 10)));
        assertThat(open).extracting(EstateIssue::id).containsExactly(known.id());
        assertThat(closed).isEmpty();
    }

    @Test
    void aReaderOfSeventyThousandServicesSeesTheirOpenIssue() {
        EstateIssue known = anOpenIssue();
        EstateScope scope = new EstateScope(randomIdsAnd(70_000, known.owningServiceId()), randomIdsAnd(70_000, UUID.randomUUID()),
                Set.of());
        List<EstateIssue> worklist = QuarkusTransaction.requiringNew()
                .call(() -> issues.worklist(scope, IssueFilter.openIssues(100_000)));
        long[] counts = QuarkusTransaction.requiringNew().call(() -> issues.openCounts(scope, java.time.LocalDate.now()));
        assertThat(worklist).extracting(EstateIssue::id).contains(known.id());
        assertThat(worklist).allSatisfy(i -> assertThat(i.status().open()).isTrue());
        assertThat(counts[0]).isEqualTo(worklist.size());
    }
}
