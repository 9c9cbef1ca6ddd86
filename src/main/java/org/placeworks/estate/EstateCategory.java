package org.placeworks.estate;

import java.util.Arrays;
import java.util.Optional;

/** What kind of issue it is: decides the responsible service and the target time (see {@link CategorySetting}). */
public enum EstateCategory {
    FLY_TIPPING("Fly-tipping", "fly-tipping"),
    LITTER("Litter", "litter"),
    GRAFFITI("Graffiti", "graffiti"),
    STREET_LIGHTING("Street lighting", "street-lighting"),
    COMMUNAL_REPAIRS("Communal repairs", "communal-repairs"),
    PLAY_AREA_DAMAGE("Play area damage", "play-area-damage"),
    OVERGROWN_LAND("Overgrown land", "overgrown-land"),
    ABANDONED_VEHICLE("Abandoned vehicle", "abandoned-vehicle"),
    DOG_FOULING("Dog fouling", "dog-fouling"),
    OTHER("Other", "other");

    private final String label;
    private final String code;

    EstateCategory(String label, String code) {
        this.label = label;
        this.code = code;
    }

    public String label() {
        return label;
    }

    /** The stable code other systems use (the Open311 service_code). */
    public String code() {
        return code;
    }

    public static Optional<EstateCategory> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.code.equals(code.strip())).findFirst();
    }
}
