package org.placeworks.caf.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.placeworks.caf.CaseStatus;
import org.placeworks.caf.CaseSummary;

/**
 * Lines of case lists, read as projections in SQL: one statement per page (the columns a line shows, the family's name
 * and neighbourhood and the lead professional's name joined in), filtered by {@link CafCaseRepository#seen} (the one
 * access rule) and paged by keyset in the list's order: open cases before closed, then by the date the next thing is due
 * (so overdue first), undated last, then by reference. The order is an index range (V32 {@code caf_case_list_order}), so
 * page 1 and page 4,000 cost the same.
 */
@ApplicationScoped
public class CaseLines {

    /** Rows fetched at a time when a whole list is streamed (an export). */
    static final int FETCH_SIZE = 1000;

    @Inject
    CafCaseRepository cases;

    /** Which cases: the reader's own or all they see, one state or any, open ones only, and a reference or family name. */
    public record Query(boolean mineOnly, CaseStatus status, boolean openOnly, String search) {
    }

    /**
     * A place in the list's order: a page starts after (or ends before) it. Written into links as an opaque text;
     * {@code dueOn} null means nothing dated is due.
     */
    public record Key(boolean closed, LocalDate dueOn, String reference) {

        public String text() {
            String plain = (closed ? "c" : "o") + "|" + (dueOn == null ? "-" : dueOn.toString()) + "|" + reference;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        }

        /** The key a link carries, or empty when the text is not one this list wrote. */
        public static java.util.Optional<Key> read(String text) {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
                String[] parts = plain.split("\\|", 3);
                if (parts.length != 3 || !(parts[0].equals("c") || parts[0].equals("o")) || parts[2].isEmpty()
                        || parts[2].length() > 100 || parts[2].chars().anyMatch(Character::isISOControl)) {
                    return java.util.Optional.empty();
                }
                return java.util.Optional.of(new Key(parts[0].equals("c"), parts[1].equals("-") ? null : LocalDate.parse(parts[1]),
                        parts[2]));
            } catch (IllegalArgumentException | java.time.DateTimeException e) {
                return java.util.Optional.empty();
            }
        }
    }

    /** A page of lines, with the keys of the pages either side (null when there is none). */
    public record Page(List<CaseSummary> lines, Key next, Key previous) {
    }

    private static final String COLUMNS = "select c.id, c.reference, c.family_id, fp.family_name, fp.neighbourhood_name, c.status,"
            + " s.given_name || ' ' || s.family_name, c.assessment_due_on, c.reassessment_due_on, c.next_review_due_on,"
            + " c.referred_on, c.list_closed, nullif(c.list_due_on, 'infinity'::date)"
            + " from caf_case c join family_list_line fp on fp.family_id = c.family_id"
            + " left join staff_member s on s.id = c.lead_professional_id where ";

    /**
     * The page of at most {@code size} lines after the key {@code after}, or before the key {@code before}, or the first
     * page when neither is given. One statement.
     */
    public Page page(CaseScope scope, Query q, Key after, Key before, int size, LocalDate today) {
        if (scope.nobody()) {
            return new Page(List.of(), null, null);
        }
        boolean backwards = after == null && before != null;
        Key from = backwards ? before : after;
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder(COLUMNS).append(where(scope, q, params));
        if (from != null) {
            sql.append(" and (c.list_closed, c.list_due_on, c.reference) ").append(backwards ? "<" : ">")
                    .append(" (:kClosed, ").append(from.dueOn() == null ? "'infinity'::date" : ":kDue").append(", :kReference)");
            params.put("kClosed", from.closed());
            if (from.dueOn() != null) {
                params.put("kDue", from.dueOn());
            }
            params.put("kReference", from.reference());
        }
        String direction = backwards ? " desc" : "";
        sql.append(" order by c.list_closed").append(direction).append(", c.list_due_on").append(direction)
                .append(", c.reference").append(direction).append(" limit ").append(size + 1);
        var query = cases.getEntityManager().createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean more = rows.size() > size;
        List<Object[]> shown = new ArrayList<>(more ? rows.subList(0, size) : rows);
        if (backwards) {
            Collections.reverse(shown);
        }
        List<CaseSummary> lines = shown.stream().map(r -> summary(r, today)).toList();
        Key first = shown.isEmpty() ? null : key(shown.get(0));
        Key last = shown.isEmpty() ? null : key(shown.get(shown.size() - 1));
        Key next;
        Key previous;
        if (backwards) {
            next = last == null ? before : last;
            previous = more ? first : null;
        } else {
            next = more ? last : null;
            previous = after == null ? null : first == null ? after : first;
        }
        return new Page(lines, next, previous);
    }

    /** Every line, in the list's order, handed over one at a time from one statement read {@link #FETCH_SIZE} rows at a time. */
    @Transactional
    public void each(CaseScope scope, Query q, LocalDate today, Consumer<CaseSummary> line) {
        if (scope.nobody()) {
            return;
        }
        Map<String, Object> params = new HashMap<>();
        String sql = COLUMNS + where(scope, q, params) + " order by c.list_closed, c.list_due_on, c.reference";
        var query = cases.getEntityManager().createNativeQuery(sql);
        params.forEach(query::setParameter);
        query.setHint(org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE);
        query.setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true);
        @SuppressWarnings("unchecked")
        Stream<Object[]> rows = query.getResultStream();
        try (rows) {
            rows.forEach(r -> line.accept(summary(r, today)));
        }
    }

    private String where(CaseScope scope, Query q, Map<String, Object> params) {
        CafCaseRepository.Seen seen = cases.seen(scope, q.mineOnly(),
                q.openOnly() || (q.status() != null && q.status() != CaseStatus.CLOSED));
        params.putAll(seen.params());
        StringBuilder where = new StringBuilder(seen.where());
        if (q.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", q.status().name());
            // Said twice so that the order's index is read only over open or only over closed cases.
            where.append(q.status() == CaseStatus.CLOSED ? " and c.list_closed" : " and not c.list_closed");
        } else if (q.openOnly()) {
            where.append(" and not c.list_closed");
        }
        if (q.search() != null && !q.search().isBlank()) {
            String text = q.search().strip();
            where.append(" and (c.reference = :reference or fp.family_name ilike :name escape '\\')");
            params.put("reference", text.toUpperCase(java.util.Locale.ROOT));
            params.put("name", "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return where.toString();
    }

    private static CaseSummary summary(Object[] r, LocalDate today) {
        CaseStatus status = CaseStatus.valueOf((String) r[5]);
        Due due = Due.of(status, date(r[7]), date(r[8]), date(r[9])).orElse(null);
        boolean overdue = due != null && due.on() != null && due.on().isBefore(today);
        return new CaseSummary((UUID) r[0], (String) r[1], (UUID) r[2], r[3] == null ? "" : (String) r[3],
                r[4] == null ? "" : (String) r[4], status, (String) r[6], due == null ? null : due.what(),
                due == null ? null : due.on(), overdue, date(r[10]));
    }

    private static Key key(Object[] r) {
        return new Key((Boolean) r[11], date(r[12]), (String) r[1]);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        throw new IllegalStateException("Not a date: " + value.getClass());
    }
}
