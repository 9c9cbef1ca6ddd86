package org.placeworks.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;
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

    /** The rows of {@code type}'s table (its {@code @Table} name) whose id is one of {@code ids}, in no set order. */
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
        return em.createNativeQuery("select * from " + table + " where id = any(:ids)", type).setParameter("ids", distinct)
                .getResultList();
    }

    private static String table(Class<?> type) {
        Table table = type.getAnnotation(Table.class);
        if (table == null || table.name().isEmpty()) {
            throw new IllegalArgumentException(type.getName() + " names no table (@Table(name = ...))");
        }
        return table.name();
    }
}
