package org.placeworks.geography.api;

import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.placeworks.geography.AreaCommand;
import org.placeworks.geography.AreaKind;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Text;
import org.placeworks.shared.TextLimit;

/** An area as an API caller sends it; {@code version} is required when changing an area. */
@Schema(name = "AreaRequest", description = "An area to create or change")
public record AreaRequest(
        @Schema(description = "AUTHORITY, LOCALITY, WARD, NEIGHBOURHOOD or ESTATE", example = "NEIGHBOURHOOD") @TextLimit(Text.SHORT) String kind,
        @Schema(description = "ONS-style code: a letter then 8 digits", example = "E01000909") @TextLimit(Text.SHORT) String code,
        @Schema(example = "2021") Integer vintage,
        @Schema(example = "Eastgate Green") @TextLimit(Text.SHORT) String name,
        @Schema(description = "The id of the area it sits in; none for an authority") @TextLimit(Text.SHORT) String parentId,
        @Schema(description = "Neighbourhoods only: 1 (most deprived) to 10", example = "6") Integer deprivationDecile,
        @Schema(example = "1500") Integer residentPopulation,
        @Schema(example = "320") Integer childPopulation,
        @Schema(description = "The version last read; required to change an area") Long version) {

    AreaCommand command() {
        AreaKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = AreaKind.valueOf(kind.strip().toUpperCase(Locale.UK));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("kind", "Kind must be one of AUTHORITY, LOCALITY, WARD, NEIGHBOURHOOD or ESTATE");
            }
        }
        return new AreaCommand(k, code, vintage, name, Ids.parse(parentId, "parentId", "parentId must be an area id"),
                deprivationDecile, residentPopulation, childPopulation, version);
    }

    static void requireVersion(Long version, String what) {
        if (version == null) {
            throw new InvalidInput(Map.of("version", "Give the version of the " + what + " you changed, as last read"));
        }
    }
}
