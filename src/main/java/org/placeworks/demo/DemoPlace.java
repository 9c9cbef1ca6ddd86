package org.placeworks.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.placeworks.geography.AddressCommand;
import org.placeworks.geography.AreaCommand;
import org.placeworks.geography.AreaKind;
import org.placeworks.geography.AreaView;
import org.placeworks.geography.Places;
import org.placeworks.geography.PopulationRelease;
import org.placeworks.geography.Populations;
import org.placeworks.identity.ActingAs;
import org.placeworks.identity.Roles;
import org.placeworks.organisation.AgencyKind;
import org.placeworks.organisation.AgencyView;
import org.placeworks.organisation.ServiceCommand;
import org.placeworks.organisation.ServiceView;
import org.placeworks.organisation.Services;
import org.placeworks.organisation.StaffDirectory;
import org.placeworks.organisation.Strand;

/**
 * The demo place: Thornbury, a fictional market town in Eastmoor District. Eight neighbourhoods over
 * two wards, an estate straddling two of them, 320 addresses, and six existing services whose
 * boundaries overlap but differ, with the demo staff. The first of the demo data {@link DemoLoader} loads.
 */
@ApplicationScoped
class DemoPlace {

    private static final int VINTAGE = 2021;

    /** Neighbourhood code, name, ward, decile, residents, children. */
    static final Object[][] NEIGHBOURHOODS = {
        {"E01000901", "Market Place", "Northgate", 5, 1540, 270},
        {"E01000902", "Castle Hill", "Northgate", 9, 1480, 300},
        {"E01000903", "Northgate Fields", "Northgate", 2, 1620, 410},
        {"E01000904", "Mill Lane", "Northgate", 1, 1710, 460},
        {"E01000905", "Riverside", "Southbank", 3, 1590, 380},
        {"E01000906", "Southbank Park", "Southbank", 7, 1450, 290},
        {"E01000907", "Station Road", "Southbank", 4, 1530, 330},
        {"E01000908", "Westfield", "Southbank", 8, 1500, 310},
    };

    private static final String[][] STREETS = {
        {"High Street", "Sheep Street", "Church Walk", "Bell Yard"},
        {"Castle Rise", "Keep Lane", "Rampart Close", "Tower View"},
        {"Fields Road", "Meadow Court", "Harrier Way", "Kestrel Close"},
        {"Mill Lane", "Weir Street", "Wheel Court", "Millrace Walk"},
        {"Riverside Road", "Wharf Street", "Ferry Lane", "Osier Close"},
        {"Park Avenue", "Bandstand Road", "Lime Grove", "Lodge Close"},
        {"Station Road", "Railway Terrace", "Signal Court", "Goods Yard"},
        {"Westfield Road", "Orchard Way", "Damson Close", "Quince Lane"},
    };

    @Inject
    Places places;

    @Inject
    Services services;

    @Inject
    StaffDirectory staff;

    @Inject
    Populations populations;

    @Inject
    ActingAs actingAs;

    @Transactional
    void load() {
        AreaView district = area(AreaKind.AUTHORITY, "E07000901", "Eastmoor District", null, null, 61000, 12100);
        AreaView town = area(AreaKind.LOCALITY, "E43000901", "Thornbury", district.id(), null, 12420, 2750);
        Map<String, AreaView> wards = new LinkedHashMap<>();
        wards.put("Northgate", area(AreaKind.WARD, "E05000901", "Northgate", town.id(), null, 6350, 1440));
        wards.put("Southbank", area(AreaKind.WARD, "E05000902", "Southbank", town.id(), null, 6070, 1310));
        List<AreaView> neighbourhoods = new ArrayList<>();
        for (Object[] n : NEIGHBOURHOODS) {
            neighbourhoods.add(area(AreaKind.NEIGHBOURHOOD, (String) n[0], (String) n[1], wards.get((String) n[2]).id(),
                    (Integer) n[3], (Integer) n[4], (Integer) n[5]));
        }
        // The estate straddles Mill Lane (Northgate) and Riverside (Southbank).
        AreaView estate = area(AreaKind.ESTATE, "X99000101", "Millbrook Estate", town.id(), null, null, null);
        estate = places.setEstateNeighbourhoods(estate.id(), Set.of(neighbourhoods.get(3).id(), neighbourhoods.get(4).id()), estate.version());
        addresses(neighbourhoods, estate);
        boundaries(district, town, wards, neighbourhoods, estate);

        Map<String, AgencyView> agencies = new LinkedHashMap<>();
        agency(agencies, "Eastmoor District Council", AgencyKind.COUNCIL);
        agency(agencies, "Eastmoor Community Health NHS Trust", AgencyKind.HEALTH);
        agency(agencies, "Eastmoor Homes", AgencyKind.HOUSING);
        agency(agencies, "Shire Constabulary", AgencyKind.POLICE);
        agency(agencies, "Eastmoor Children's Social Care", AgencyKind.SOCIAL_CARE);
        agency(agencies, "Thornbury Primary School", AgencyKind.SCHOOL);
        agency(agencies, "Thornbury Academy", AgencyKind.SCHOOL);
        agency(agencies, "Thornbury Children's Centre", AgencyKind.EARLY_YEARS);
        agency(agencies, "Thornbury Food Bank", AgencyKind.VOLUNTARY);

        ServiceView familySupport = service("Family Support Thornbury", agencies.get("Eastmoor District Council"),
                "The council's early help team for families with children across Thornbury.", Set.of(town.id()), EnumSet.of(Strand.EARLY_INTERVENTION));
        ServiceView schoolNursing = service("School Nursing Southbank", agencies.get("Eastmoor Community Health NHS Trust"),
                "School nurses for the schools and families of Southbank ward.", Set.of(wards.get("Southbank").id()), EnumSet.of(Strand.EARLY_INTERVENTION));
        ServiceView estateTeam = service("Housing Estate Team", agencies.get("Eastmoor Homes"),
                "Housing management, repairs and tenancy support on the Millbrook Estate.", Set.of(estate.id()), EnumSet.of(Strand.ESTATE_SERVICES));
        ServiceView streetScene = service("Street Scene Thornbury", agencies.get("Eastmoor District Council"),
                "Litter, fly-tipping, graffiti and grounds maintenance across Thornbury.", Set.of(town.id()), EnumSet.of(Strand.ESTATE_SERVICES));
        ServiceView policing = service("Neighbourhood Policing Thornbury North", agencies.get("Shire Constabulary"),
                "The neighbourhood policing team for Northgate ward and Riverside.",
                Set.of(wards.get("Northgate").id(), neighbourhoods.get(4).id()), EnumSet.of(Strand.COMMUNITY_INTELLIGENCE));
        ServiceView communitySafety = service("Community Safety Team", agencies.get("Eastmoor District Council"),
                "The council's anti-social behaviour and community safety officers for Thornbury.", Set.of(town.id()), EnumSet.of(Strand.COMMUNITY_INTELLIGENCE));

        services.deliver(Strand.EARLY_INTERVENTION, town.id());
        services.deliver(Strand.ESTATE_SERVICES, estate.id());
        services.deliver(Strand.COMMUNITY_INTELLIGENCE, town.id());

        UUID council = agencies.get("Eastmoor District Council").id();
        staff.register("frontline", "Fran", "Walker", "frontline@eastmoor.example", "Family support worker", council, Set.of(familySupport.id()));
        staff.register("frontline2", "Sam", "Okafor", "frontline2@eastmoor.example", "School nurse",
                agencies.get("Eastmoor Community Health NHS Trust").id(), Set.of(schoolNursing.id()));
        staff.register("chair", "Chris", "Hale", "chair@eastmoor.example", "Early help service manager", council, Set.of(familySupport.id()));
        staff.register("manager", "Morgan", "Price", "manager@eastmoor.example", "Head of place-based working", council,
                Set.of(familySupport.id(), streetScene.id(), communitySafety.id()));
        staff.register("estate", "Erin", "Shaw", "estate@eastmoor.example", "Estate officer", agencies.get("Eastmoor Homes").id(), Set.of(estateTeam.id()));
        staff.register("intel", "Ian", "Ashworth", "intel@eastmoor.example", "Community safety intelligence officer", council, Set.of(communitySafety.id()));
        staff.register("member", "Pat", "Doyle", "member@eastmoor.example", "Police constable, neighbourhood policing",
                agencies.get("Shire Constabulary").id(), Set.of(policing.id()));
        staff.register("finance", "Fiona", "Grant", "finance@eastmoor.example", "Finance officer", council, Set.of(familySupport.id()));
        staff.register("dpo", "Dana", "Whitfield", "dpo@eastmoor.example", "Data protection officer", council, Set.of());
        staff.register("admin", "Alex", "Reid", "admin@eastmoor.example", "Systems administrator", council, Set.of());

        // The neighbourhoods' populations, recorded with their year and source as an administrator's import would.
        StringBuilder figures = new StringBuilder("area_code,children,residents\n");
        for (Object[] n : NEIGHBOURHOODS) {
            figures.append(n[0]).append(',').append(n[5]).append(',').append(n[4]).append('\n');
        }
        actingAs.run("admin", Set.of(Roles.ADMIN), () -> populations.importFigures(figures.toString(),
                new PopulationRelease(VINTAGE, "Thornbury demo figures (fictional), in the form of ONS mid-year estimates")));
    }

    /** Houses in each neighbourhood: four streets of ten. */
    static final int ADDRESSES_PER_NEIGHBOURHOOD = 40;
    private static final long FIRST_UPRN = 100090000001L;

    /** The UPRN of the first house in neighbourhood {@code n} (in {@link #NEIGHBOURHOODS} order); the rest follow on. */
    static long firstUprn(int n) {
        return FIRST_UPRN + (long) n * ADDRESSES_PER_NEIGHBOURHOOD;
    }

    /** 40 addresses a neighbourhood; in Mill Lane and Riverside the first two streets are on the estate. */
    private void addresses(List<AreaView> neighbourhoods, AreaView estate) {
        long uprn = FIRST_UPRN;
        for (int n = 0; n < neighbourhoods.size(); n++) {
            AreaView neighbourhood = neighbourhoods.get(n);
            boolean straddled = n == 3 || n == 4;
            for (int s = 0; s < 4; s++) {
                String postcode = "TB" + (n < 4 ? 1 : 2) + " " + (n % 4 + 1) + (char) ('A' + s) + (char) ('A' + n);
                for (int house = 1; house <= 10; house++) {
                    UUID onEstate = straddled && s < 2 ? estate.id() : null;
                    places.createAddress(new AddressCommand(String.valueOf(uprn++), house + " " + STREETS[n][s], null,
                            "Thornbury", postcode, neighbourhood.id(), onEstate, null));
                }
            }
        }
    }

    /** West, south, east, north edges of the town, in degrees (WGS 84): a market town in the English Midlands. */
    private static final double WEST = -1.170;
    private static final double SOUTH = 52.460;
    private static final double STEP_EAST = 0.010;
    private static final double STEP_NORTH = 0.008;

    /** For each neighbourhood (in {@link #NEIGHBOURHOODS} order), its column west to east and its row (0 south, 1 north). */
    private static final int[][] GRID = {{1, 1}, {0, 1}, {2, 1}, {3, 1}, {3, 0}, {2, 0}, {1, 0}, {0, 0}};

    /**
     * The Millbrook Estate, an L round the old mill pond: it crosses the line between Mill Lane (north) and
     * Riverside (south), as its addresses do. README's Open311 demo point (52.4670, -1.1350) lies inside it.
     */
    static final String MILLBROOK_BOUNDARY = "{\"type\":\"Polygon\",\"coordinates\":[[[-1.138,52.465],[-1.132,52.465],"
            + "[-1.132,52.472],[-1.135,52.472],[-1.135,52.4705],[-1.138,52.4705],[-1.138,52.465]]]}";

    /**
     * Boundaries with coordinates, so that a point on a map (a FixMyStreet report) is placed: the eight
     * neighbourhoods tile the town in a grid of four by two, Northgate ward the northern row and Southbank
     * the southern one, and the estate straddles Mill Lane and Riverside.
     */
    private void boundaries(AreaView district, AreaView town, Map<String, AreaView> wards, List<AreaView> neighbourhoods,
            AreaView estate) {
        places.setBoundary(district.id(), rectangle(WEST - 0.08, SOUTH - 0.05, WEST + 4 * STEP_EAST + 0.08, SOUTH + 2 * STEP_NORTH + 0.05));
        places.setBoundary(town.id(), rectangle(WEST, SOUTH, WEST + 4 * STEP_EAST, SOUTH + 2 * STEP_NORTH));
        places.setBoundary(wards.get("Southbank").id(), rectangle(WEST, SOUTH, WEST + 4 * STEP_EAST, SOUTH + STEP_NORTH));
        places.setBoundary(wards.get("Northgate").id(), rectangle(WEST, SOUTH + STEP_NORTH, WEST + 4 * STEP_EAST, SOUTH + 2 * STEP_NORTH));
        for (int n = 0; n < neighbourhoods.size(); n++) {
            double west = WEST + GRID[n][0] * STEP_EAST;
            double south = SOUTH + GRID[n][1] * STEP_NORTH;
            places.setBoundary(neighbourhoods.get(n).id(), rectangle(west, south, west + STEP_EAST, south + STEP_NORTH));
        }
        places.setBoundary(estate.id(), MILLBROOK_BOUNDARY);
    }

    private static String rectangle(double west, double south, double east, double north) {
        String[] corners = {at(west, south), at(east, south), at(east, north), at(west, north), at(west, south)};
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + String.join(",", corners) + "]]}";
    }

    private static String at(double longitude, double latitude) {
        return String.format(java.util.Locale.ROOT, "[%.6f,%.6f]", longitude, latitude);
    }

    private AreaView area(AreaKind kind, String code, String name, UUID parent, Integer decile, Integer residents, Integer children) {
        return places.createArea(new AreaCommand(kind, code, VINTAGE, name, parent, decile, residents, children, null));
    }

    private void agency(Map<String, AgencyView> agencies, String name, AgencyKind kind) {
        agencies.put(name, services.createAgency(name, kind));
    }

    private ServiceView service(String name, AgencyView agency, String description, Set<UUID> boundary, Set<Strand> strands) {
        return services.createService(new ServiceCommand(name, agency.id(), description, boundary, strands, null));
    }
}
