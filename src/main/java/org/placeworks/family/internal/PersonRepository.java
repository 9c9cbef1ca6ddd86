package org.placeworks.family.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * People, and the spelling-tolerant name queries behind search and duplicate checks. These use
 * pg_trgm: {@code %} finds names at least 0.3 alike through the trigram index, {@code similarity}
 * ranks them. Merged records never appear.
 */
@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** pg_trgm's own default threshold for {@code %}: the loosest similarity any query here asks for. */
    public static final double TRIGRAM_THRESHOLD = 0.3;

    /**
     * A person id with how closely the name matched (1 when no name was asked for), and their family with
     * the neighbourhood and estate it lives in (what the boundary is decided on).
     */
    public record Scored(UUID personId, double similarity, UUID familyId, UUID neighbourhoodId, UUID estateId) {
    }

    /** The columns every scored query returns after its score, from {@code person p} joined to {@code family_place fp}. */
    private static final String PLACE_COLUMNS = ", p.family_id, fp.neighbourhood_id, fp.estate_id";

    private static final String PLACE_JOIN = " join family_place fp on fp.family_id = p.family_id";

    /**
     * The people named like {@code :name}, through the trigram index (V53), the closest first and, when there are
     * enough of them, only the closest (V58): under the row policy PostgreSQL may not use the index for {@code %}
     * itself, and would read every person. Each is still read through the wall.
     */
    private static final String NAMED_LIKE_IDS = "select placeworks_people_named_like(:name, :most)";

    private static final String NAMED_LIKE = "p.id in (" + NAMED_LIKE_IDS + ")";

    /** No limit on the people named like: other criteria still to be met may pass over the closest names. */
    private static final int EVERY_ONE = Integer.MAX_VALUE;

    public List<Person> inFamily(UUID familyId) {
        return list("familyId = ?1 and mergedInto is null", Sort.by("dateOfBirth").and("givenName"), familyId);
    }

    public List<Person> everyoneInFamily(UUID familyId) {
        return list("familyId = ?1", familyId);
    }

    public List<Person> byIds(Collection<UUID> ids) {
        return org.placeworks.shared.ByIds.read(getEntityManager(), Person.class, ids);
    }

    /** People matching every criterion given, closest name first; {@code addressIds} null means anywhere. */
    public List<Scored> search(String name, LocalDate dateOfBirth, Collection<UUID> addressIds, double minimum, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where p.merged_into is null");
        String score = "1.0";
        if (name != null) {
            score = "similarity(p.search_name, :name)";
            // The people named like already passed pg_trgm's own test (%): only a stricter minimum is left to check.
            where.append(" and " + NAMED_LIKE + " and similarity(p.search_name, :name) >= :minimum");
            parameters.put("name", name);
            // With nothing else asked, the closest by name are the answer: only they need reading through the wall.
            parameters.put("most", dateOfBirth == null && addressIds == null ? limit : EVERY_ONE);
            parameters.put("minimum", minimum);
        }
        if (dateOfBirth != null) {
            where.append(" and p.date_of_birth = :dob");
            parameters.put("dob", dateOfBirth);
        }
        if (addressIds != null) {
            if (addressIds.isEmpty()) {
                return List.of();
            }
            where.append(" and fp.address_id = any(:addresses)");
            parameters.put("addresses", addressIds.toArray(UUID[]::new));
        }
        String sql = "select p.id, cast(" + score + " as double precision) as score" + PLACE_COLUMNS + " from person p" + PLACE_JOIN
                + where + " order by score desc, p.family_name, p.given_name, p.id";
        return scored(sql, parameters, limit);
    }

    /** Everyone recorded with this NHS number (normalised digits), for a subject access search. */
    public List<Scored> withNhsNumber(String nhsNumber) {
        return scored("select p.id, cast(1.0 as double precision) as score" + PLACE_COLUMNS + " from person p" + PLACE_JOIN
                + " where p.merged_into is null and p.nhs_number = :nhs order by p.family_name, p.given_name, p.id",
                Map.of("nhs", nhsNumber), 20);
    }

    /**
     * Records that may be the same person: a name found by the trigram search with the same date of
     * birth, a name at least {@code closeName} alike when either date of birth is unknown, or the same
     * NHS number.
     */
    public List<Scored> likelyDuplicates(String name, LocalDate dateOfBirth, String nhsNumber, double closeName, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("name", name);
        parameters.put("close", closeName);
        StringBuilder match = new StringBuilder("(p.search_name % :name and ");
        if (dateOfBirth != null) {
            match.append("(p.date_of_birth = :dob or (p.date_of_birth is null and similarity(p.search_name, :name) >= :close)))");
            parameters.put("dob", dateOfBirth);
        } else {
            match.append("similarity(p.search_name, :name) >= :close)");
        }
        if (nhsNumber != null) {
            match.append(" or p.nhs_number = :nhs");
            parameters.put("nhs", nhsNumber);
        }
        parameters.put("most", EVERY_ONE);
        // One set of candidates (a join through both indexes), not an OR of two, which PostgreSQL tests on every person.
        String candidates = nhsNumber == null ? NAMED_LIKE : "p.id in (" + NAMED_LIKE_IDS
                + " union all select n.id from person n where n.nhs_number = :nhs and n.merged_into is null)";
        String sql = "select p.id, cast(case when " + (nhsNumber != null ? "p.nhs_number = :nhs" : "false")
                + " then 1.0 else similarity(p.search_name, :name) end as double precision) as score" + PLACE_COLUMNS
                + " from person p" + PLACE_JOIN + " where p.merged_into is null and " + candidates
                + " and (" + match + ") order by score desc, p.id";
        return scored(sql, parameters, limit);
    }

    private List<Scored> scored(String sql, Map<String, Object> parameters, int limit) {
        Query query = getEntityManager().createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        query.setMaxResults(limit);
        List<Scored> result = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            result.add(new Scored((UUID) columns[0], ((Number) columns[1]).doubleValue(), (UUID) columns[2], (UUID) columns[3],
                    (UUID) columns[4]));
        }
        return result;
    }

    /** The families of the people (not merged away) with this NHS number, ten digits: an exact match, nothing near it. */
    @SuppressWarnings("unchecked")
    public List<UUID> familiesWithNhsNumber(String digits) {
        return getEntityManager().createNativeQuery("select distinct family_id from person where nhs_number = :nhs"
                + " and merged_into is null").setParameter("nhs", digits).getResultList();
    }
}
