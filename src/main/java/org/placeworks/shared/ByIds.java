package org.placeworks.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An entity's rows by id, in one statement however many ids: the ids bound as one SQL array ({@code id = any(:ids)}),
 * or one id bound as itself, which PostgreSQL plans once rather than at every call. Never {@code id in ?1} with a
 * list: PostgreSQL allows at most 65,535 parameters in a statement, and Hibernate translates a query that binds a
 * list afresh at every call, since it never caches the translation of a multi-valued parameter (docs/performance.md).
 */
public final class ByIds {

    private ByIds() {
    }

    /**
     * The rows of {@code type}'s table (its {@code @Table} name) whose id is one of {@code ids}, in the order of
     * {@code ids}, each once; ids with no row (or none the reader's wall lets through) left out.
     */
    @SuppressWarnings("unchecked")
    public static <E> List<E> read(EntityManager em, Class<E> type, Collection<UUID> ids) {
        UUID[] distinct = ids.stream().distinct().toArray(UUID[]::new);
        if (distinct.length == 0) {
            return List.of();
        }
        String table = table(type);
        if (distinct.length == 1) {
            return em.createNativeQuery("select * from " + table + " where id = :id", type).setParameter("id", distinct[0])
                    .getResultList();
        }
        List<E> found = em.createNativeQuery("select * from " + table + " where id = any(:ids)", type)
                .setParameter("ids", distinct).getResultList();
        PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
        Map<Object, E> byId = new HashMap<>();
        found.forEach(row -> byId.put(util.getIdentifier(row), row));
        return Arrays.stream(distinct).map(byId::get).filter(Objects::nonNull).toList();
    }

    private static String table(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        if (table == null || table.name().isEmpty()) {
            throw new IllegalArgumentException(type.getName() + " names no table (@Table(name = ...))");
        }
        return table.name();
    }
}
