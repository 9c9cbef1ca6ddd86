import java.lang.reflect.Field;
import java.util.Map;

/**
 * Prints the summary rebuild's statements (insight.internal.SummaryStatements, as compiled in target/classes) as a
 * psql script with \timing, for a full rebuild or the current month's, the same steps SummaryRebuild takes in one
 * transaction. psql fills :first, :last and :today from its variables.
 *   java -cp target/classes bench/InsightRebuildStatements.java full|month [jit]
 * SummaryRebuild turns JIT off for its transaction; "jit" leaves it on, to compare.
 */
public class InsightRebuildStatements {
    public static void main(String[] args) throws Exception {
        boolean full = args.length > 0 && args[0].equals("full");
        Class<?> statements = Class.forName("org.placeworks.insight.internal.SummaryStatements");
        Field sql = statements.getDeclaredField("SQL");
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
        System.out.println("commit;");
    }
}
