package org.placeworks.caf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Case lists are ordered in SQL by {@code caf_case.list_due_on} (V32), the case page says what is due by
 * {@link Due#of}: for every case in the database, both give the same date, and closed cases sort after open ones.
 */
@QuarkusTest
class CaseListOrderTest {

    @Inject
    EntityManager em;

    @Inject
    CafCaseRepository cases;

    @Test
    void theListsDueDateIsTheCasesNextDueDate() {
        QuarkusTransaction.requiringNew().run(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select id, nullif(list_due_on, 'infinity'::date), list_closed from caf_case",
                    Object[].class).getResultList();
            assertThat(rows).isNotEmpty();
            for (Object[] row : rows) {
                CafCase c = cases.findById((UUID) row[0]);
                LocalDate due = c.nextDue().map(Due::on).orElse(null);
                LocalDate listed = row[1] == null ? null : row[1] instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) row[1];
                assertThat(listed).as(c.reference() + " (" + c.status() + ")").isEqualTo(due);
                assertThat((Boolean) row[2]).as(c.reference()).isEqualTo(c.status() == org.placeworks.caf.CaseStatus.CLOSED);
                em.detach(c);
            }
        });
    }
}
