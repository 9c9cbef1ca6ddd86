package org.placeworks.geography.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.placeworks.geography.AddressCommand;
import org.placeworks.shared.InvalidInput;
import org.placeworks.shared.Text;
import org.placeworks.shared.TextLimit;

/** An address as an API caller sends it; {@code version} is required when changing an address. */
@Schema(name = "AddressRequest", description = "An address to create or change")
public record AddressRequest(
        @Schema(description = "Up to 12 digits", example = "100090000901") @TextLimit(Text.SHORT) String uprn,
        @Schema(example = "1 Mill Lane") @TextLimit(Text.SHORT) String line1,
        @TextLimit(Text.SHORT) String line2,
        @Schema(example = "Thornbury") @TextLimit(Text.SHORT) String town,
        @Schema(description = "Any case and spacing; saved normalised", example = "TB1 4DD") @TextLimit(Text.SHORT) String postcode,
        @Schema(description = "The id of the neighbourhood it is in") @TextLimit(Text.SHORT) String neighbourhoodId,
        @Schema(description = "The id of the estate it is on, if any") @TextLimit(Text.SHORT) String estateId,
        @Schema(description = "The version last read; required to change an address") Long version) {

    AddressCommand command() {
        Map<String, String> problems = new LinkedHashMap<>();
        UUID neighbourhood = id(neighbourhoodId, "neighbourhoodId", "neighbourhoodId must be an area id", problems);
        UUID estate = id(estateId, "estateId", "estateId must be an area id", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new AddressCommand(uprn, line1, line2, town, postcode, neighbourhood, estate, version);
    }

    private static UUID id(String raw, String field, String message, Map<String, String> problems) {
        try {
            return Ids.parse(raw, field, message);
        } catch (InvalidInput e) {
            problems.putAll(e.errors());
            return null;
        }
    }
}
