package org.placeworks.intelligence.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** Where a counted complaint or a case review is, as both tables store it (see {@link TriggerPlace}). */
@Embeddable
public class PlaceColumns {

    @Column(name = "location_label")
    String label;

    @Column(name = "area_label")
    String areaLabel;

    @Column(name = "neighbourhood_id")
    UUID neighbourhoodId;

    @Column(name = "estate_id")
    UUID estateId;

    @Column(name = "outside_area")
    boolean outsideArea;

    protected PlaceColumns() {
    }

    PlaceColumns(TriggerPlace place) {
        this.label = place.label();
        this.areaLabel = place.areaLabel();
        this.neighbourhoodId = place.neighbourhoodId();
        this.estateId = place.estateId();
        this.outsideArea = place.outsideArea();
    }

    TriggerPlace place(String key) {
        return new TriggerPlace(key, label, areaLabel, neighbourhoodId, estateId, outsideArea);
    }
}
