package org.placeworks.estate.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@link EstateRule}'s sight as a list query needs it: the services whose records the reader sees
 * (their own), and the neighbourhoods and estates where, as a manager, they see every service's
 * records. Lists filter in SQL with {@link #where}.
 */
public record EstateScope(Set<UUID> services, Set<UUID> neighbourhoods, Set<UUID> estates) {

    public static final EstateScope NOBODY = new EstateScope(Set.of(), Set.of(), Set.of());

    public EstateScope {
        services = Set.copyOf(services);
        neighbourhoods = Set.copyOf(neighbourhoods);
        estates = Set.copyOf(estates);
    }

    public boolean nobody() {
        return services.isEmpty() && neighbourhoods.isEmpty() && estates.isEmpty();
    }

    /**
     * The HQL condition that holds for the records the reader sees, given the columns holding a
     * record's owning service, neighbourhood and estate; its parameters are added to {@code params}.
     */
    public String where(String serviceColumn, String neighbourhoodColumn, String estateColumn, Map<String, Object> params) {
        if (nobody()) {
            return "1 = 0";
        }
        List<String> any = new java.util.ArrayList<>();
        if (!services.isEmpty()) {
            any.add("in_array(" + serviceColumn + ", :scopeServices)");
            params.put("scopeServices", services.toArray(UUID[]::new));
        }
        if (!neighbourhoods.isEmpty()) {
            any.add("in_array(" + neighbourhoodColumn + ", :scopeNeighbourhoods)");
            params.put("scopeNeighbourhoods", neighbourhoods.toArray(UUID[]::new));
        }
        if (!estates.isEmpty()) {
            any.add("in_array(" + estateColumn + ", :scopeEstates)");
            params.put("scopeEstates", estates.toArray(UUID[]::new));
        }
        return "(" + String.join(" or ", any) + ")";
    }
}
