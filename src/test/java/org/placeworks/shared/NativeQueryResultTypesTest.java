package org.placeworks.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NativeQueryResultTypesTest {

    @Test
    void noNativeQueryIsGivenAResultClassOtherThanAnEntity() {
        assertThat(NativeQueryResultTypes.violationsIn(Path.of("src/main/java")))
                .as("native queries given a scalar result class (leave the class off and cast the result)")
                .isEmpty();
    }

    @Test
    void theScanFindsTheClassAfterSqlHoldingCommasAndParentheses() {
        String source = """
                class Reading {
                    Object version() {
                        return em.createNativeQuery(\"""
                                select coalesce(max(v), 0), count(*) from t where a in ('x, y)', "q")
                                \""", Long.class).getSingleResult();
                    }
                    Object ids() {
                        return em.createNativeQuery("select id from t where f(a, b)", java.util.UUID.class);
                    }
                    Object rows() {
                        return em.createNativeQuery("select a, b from t", Object[].class);
                    }
                    Object untyped() {
                        return em.createNativeQuery("select a from t where b = ',' and c = \\"(\\"").getResultList();
                    }
                    Object entities() {
                        return em.createNativeQuery(sql(a, b), Family.class);
                    }
                }
                """;

        assertThat(NativeQueryResultTypes.resultTypesIn(source))
                .containsExactly("Long", "java.util.UUID", "Object[]", "Family");
    }
}
