package org.placeworks.geography;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.placeworks.geography.internal.Area;
import org.placeworks.geography.internal.AreaRepository;
import org.placeworks.geography.internal.CsvTable;

/**
 * The resident and child populations of areas, the denominators of every rate per child. Geography owns them:
 * an administrator replaces them with published figures by CSV (all rows or none), and others read which
 * vintage the figures of their areas are.
 */
@ApplicationScoped
public class Populations {

    public static final List<String> COLUMNS = List.of("area_code", "children", "residents");

    private static final Logger LOG = Logger.getLogger(Populations.class);

    @Inject
    AreaRepository areas;

    @Inject
    Event<PopulationsImported> imported;

    /**
     * Sets the populations of the areas named by code in a CSV file ({@code area_code,children,residents}, header
     * required) as figures of {@code release}. Every row is checked first; if any is bad, nothing changes and every
     * problem is reported with its line and column.
     */
    @Transactional
    public ImportReport importFigures(String csv, PopulationRelease release) {
        Objects.requireNonNull(release);
        List<CsvTable.Row> rows = CsvTable.parse(csv, COLUMNS, List.of());
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        Map<Area, int[]> figures = new LinkedHashMap<>();
        for (CsvTable.Row row : rows) {
            Map<String, String> bad = new LinkedHashMap<>();
            if (row.get("") != null) {
                bad.put("row", row.get(""));
            }
            Optional<Area> area = area(row, lines, bad);
            Integer children = count(row, "children", bad);
            Integer residents = count(row, "residents", bad);
            if (children != null && residents != null && children > residents) {
                bad.put("children", "Children (" + children + ") cannot be more than residents (" + residents + ")");
            }
            if (bad.isEmpty() && area.isPresent()) {
                figures.put(area.get(), new int[] {children, residents});
            } else {
                bad.forEach((column, message) -> problems.add(ImportProblem.atLine(row.line(), column, message)));
            }
        }
        if (!problems.isEmpty()) {
            LOG.infof("Import of populations refused: %d problems in %d rows", problems.size(), rows.size());
            throw new ImportRejected(new ImportReport("populations", rows.size(), 0, problems));
        }
        figures.forEach((area, f) -> area.populations(f[0], f[1], release.vintage(), release.source()));
        areas.flush();
        imported.fire(new PopulationsImported(release, figures.keySet().stream().map(Area::code).toList()));
        LOG.infof("Import of populations: %d areas set to %d figures from %s", figures.size(), release.vintage(), release.source());
        return new ImportReport("populations", rows.size(), figures.size(), List.of());
    }

    /** The vintages of the populations of {@code areaIds}, newest first, areas of no recorded year last. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PopulationVintage> vintagesOf(Collection<UUID> areaIds) {
        if (areaIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = areas.getEntityManager().createQuery(
                "select a.populationVintage, a.populationSource, count(a) from Area a where in_array(a.id, :ids)"
                        + " group by a.populationVintage, a.populationSource"
                        + " order by a.populationVintage desc nulls last, a.populationSource", Object[].class)
                .setParameter("ids", areaIds.toArray(UUID[]::new))
                .getResultList();
        return rows.stream().map(r -> new PopulationVintage((Integer) r[0], (String) r[1], ((Long) r[2]).intValue())).toList();
    }

    /** The vintages of every area's stored populations, for the administrator's page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PopulationVintage> vintages() {
        List<Object[]> rows = areas.getEntityManager().createQuery(
                "select a.populationVintage, a.populationSource, count(a) from Area a"
                        + " where a.childPopulation is not null or a.residentPopulation is not null"
                        + " group by a.populationVintage, a.populationSource"
                        + " order by a.populationVintage desc nulls last, a.populationSource", Object[].class)
                .getResultList();
        return rows.stream().map(r -> new PopulationVintage((Integer) r[0], (String) r[1], ((Long) r[2]).intValue())).toList();
    }

    private Optional<Area> area(CsvTable.Row row, Map<String, Integer> lines, Map<String, String> bad) {
        String code = row.get("area_code");
        if (code == null) {
            bad.put("area_code", "Enter the area's code");
            return Optional.empty();
        }
        String upper = code.toUpperCase(Locale.UK);
        Integer earlier = lines.putIfAbsent(upper, row.line());
        if (earlier != null) {
            bad.put("area_code", "The area " + code + " is also on line " + earlier);
            return Optional.empty();
        }
        Optional<Area> area = areas.byCode(upper);
        if (area.isEmpty()) {
            bad.put("area_code", "No area has the code " + code);
        }
        return area;
    }

    private static Integer count(CsvTable.Row row, String column, Map<String, String> bad) {
        String raw = row.get(column);
        if (raw == null) {
            bad.put(column, "Enter the number of " + column);
            return null;
        }
        try {
            int n = Integer.parseInt(raw.replace(",", ""));
            if (n < 0) {
                bad.put(column, "The number of " + column + " cannot be negative");
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            bad.put(column, "The number of " + column + " must be a whole number, not " + raw);
            return null;
        }
    }
}
