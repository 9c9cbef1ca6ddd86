package org.placeworks.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QueriesBindOneArrayTest {

    @Test
    void noQueryBindsOneParameterPerElementOfAList() {
        assertThat(QueriesBindOneArray.violationsIn(Path.of("src/main/java")))
                .as("queries binding a list after in (bind one array: in_array(x, :ids) in HQL, x = any(:ids) in SQL)")
                .isEmpty();
    }

    @Test
    void theScanFindsEveryWayOfBindingAListAndNothingElse() {
        String source = """
                class Repository {
                    // a comment may say: id in ?1
                    /* or: where id in (:ids) */
                    Object a() { return list("panelId in ?1 and doneOn is null", ids); }
                    Object b() { return query("where e.fundId in :funds group by e.fundId"); }
                    Object c() { return native(\"""
                            select id from area
                            where id IN (:ids)
                            \"""); }
                    Object d() { return sql("select id from t where s.id in (" + SUBQUERY + ")"); }
                    Object e() { return hql("where i.status not in (?2)"); }
                    Object f() { return hql("where in_array(i.id, :ids) and k.id = any(:keys)"); }
                    Object g() { return sql("where status not in ('FIXED', 'CLOSED') and name <> ?"); }
                    char h() { return '"'; }
                    Object i() { return message("Signed in: welcome"); }
                }
                """;

        assertThat(QueriesBindOneArray.stringsIn(source).stream().filter(QueriesBindOneArray::bindsAList)
                .map(s -> s.strip().replaceAll("\\s+", " ")))
                .containsExactly("panelId in ?1 and doneOn is null", "where e.fundId in :funds group by e.fundId",
                        "select id from area where id IN (:ids)", "where i.status not in (?2)");
    }
}
