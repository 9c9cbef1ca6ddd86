package org.placeworks.shared.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * The published description is for programs that call Placeworks: the JSON API and Open311. The pages staff use are
 * HTML forms, not a contract; describing them would only invite other systems to post to them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class MachineInterfaceOnly implements OASFilter {

    /** The path prefixes that other systems may rely on. */
    public static final List<String> PUBLISHED = List.of("/api/v1/", "/open311/");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set.copyOf(openAPI.getPaths().getPathItems().keySet()).stream()
                .filter(path -> PUBLISHED.stream().noneMatch(path::startsWith) && !path.equals("/api/v1"))
                .forEach(openAPI.getPaths()::removePathItem);
        if (openAPI.getTags() != null) {
            Set<String> used = openAPI.getPaths().getPathItems().values().stream()
                    .flatMap(item -> item.getOperations().values().stream())
                    .map(Operation::getTags).filter(java.util.Objects::nonNull).flatMap(List::stream)
                    .collect(Collectors.toSet());
            openAPI.setTags(openAPI.getTags().stream().filter(tag -> used.contains(tag.getName())).toList());
        }
    }
}
