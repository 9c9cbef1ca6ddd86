import java.lang.reflect.Field;
import java.util.Map;

/**
 * Prints the summary rebuild's statements (insight.internal.SummaryStatements, then OutcomeStoreStatements, as
 * compiled in target/classes) as a psql script with \timing, for a full rebuild or the current month's, the same
 * steps SummaryRebuild takes in one transaction. psql fills :first, :last and :today from its variables.
 *   java -cp target/classes bench/InsightRebuildStatements.java full|month [jit]
 * SummaryRebuild turns JIT off for its transaction; "jit" leaves it on, to compare.
 */
public class InsightRebuildStatements {
    public static void main(String[] args) throws Exception {
        boolean full = args.length > 0 && args[0].equals("full");
        Class<?> statements = Class.forName("org.placeworks.insight.internal.SummaryStatements");
        Field sql = statements.getDeclaredField(full ? "OVER_YEARS" : "ONE_MONTH");
        sql.setAccessible(true);
        String rollUp = "insert into insight_area_figure (month, neighbourhood_id, strand, measure, value)"
                + " select month, neighbourhood_id, strand, measure, sum(value) from insight_figure";
        String groups = " group by month, neighbourhood_id, strand, measure";
        System.out.println("\\set ON_ERROR_STOP on\nbegin;");
        if (!(args.length > 1 && args[1].equals("jit"))) {
            System.out.println("set local jit = off;");
        }
        System.out.println("\\timing on");
        if (full) {
            System.out.println("select to_char(least((select min(referred_on) from caf_case), (select min(decided_on) from grant_request),"
                    + " (select min(held_on) from estate_engagement_event)), 'YYYY-MM-01') as first \\gset");
            System.out.println("\\set first '''':first''''");
            System.out.println("delete from insight_figure where not (measure in ('OVERDUE_REVIEWS', 'AWAITING_SIGN_OFF',"
                    + " 'OPEN_PANEL_ACTIONS', 'OVERDUE_PANEL_ACTIONS') and month < cast(:last as date));");
        } else {
            System.out.println("delete from insight_figure where month = cast(:last as date);");
        }
        for (Map.Entry<?, ?> e : ((Map<?, ?>) sql.get(null)).entrySet()) {
            System.out.println("\\echo " + e.getKey());
            System.out.println(e.getValue() + ";");
        }
        if (full) {
            System.out.println("\\echo ROLL_UP\ndelete from insight_area_figure;\n" + rollUp + groups + ";");
        } else {
            System.out.println("\\echo ROLL_UP\ndelete from insight_area_figure where month = cast(:last as date);\n"
                    + rollUp + " where month = cast(:last as date)" + groups + ";");
        }
        // The outcome store: every date for a full rebuild (as SummaryRebuild does), else the current month.
        Class<?> outcomes = Class.forName("org.placeworks.insight.internal.OutcomeStoreStatements");
        Field tables = outcomes.getDeclaredField("TABLES");
        Field outcomeSql = outcomes.getDeclaredField("SQL");
        tables.setAccessible(true);
        outcomeSql.setAccessible(true);
        if (full) {
            System.out.println("\\set first '''1900-01-01'''\n\\set last '''9999-01-01'''");
        }
        System.out.println("\\echo OUTCOME_STORE_DELETE");
        for (Object table : (Iterable<?>) tables.get(null)) {
            System.out.println("delete from " + table + (full ? "" : " where month = cast(:last as date)") + ";");
        }
        int step = 0;
        for (Object statement : (Iterable<?>) outcomeSql.get(null)) {
            System.out.println("\\echo OUTCOME_STORE_" + ++step);
            System.out.println(statement + ";");
        }
        System.out.println("commit;");
    }
}
