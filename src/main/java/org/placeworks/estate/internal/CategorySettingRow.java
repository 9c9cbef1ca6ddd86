package org.placeworks.estate.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.placeworks.estate.EstateCategory;
import org.placeworks.shared.InvalidInput;

/** A category's responsible service and target time in working days, as administrators set them. */
@Entity
@Table(name = "estate_category_setting")
public class CategorySettingRow {

    @Id
    @Enumerated(EnumType.STRING)
    EstateCategory category;

    @Column(name = "responsible_service_id")
    UUID responsibleServiceId;

    @Column(name = "target_working_days")
    int targetWorkingDays;

    @Version
    long version;

    protected CategorySettingRow() {
    }

    public void change(UUID responsibleServiceId, int targetWorkingDays) {
        if (targetWorkingDays < 1 || targetWorkingDays > 60) {
            throw new InvalidInput("targetWorkingDays", "Target must be between 1 and 60 working days");
        }
        this.responsibleServiceId = responsibleServiceId;
        this.targetWorkingDays = targetWorkingDays;
    }

    public EstateCategory category() {
        return category;
    }

    public UUID responsibleServiceId() {
        return responsibleServiceId;
    }

    public int targetWorkingDays() {
        return targetWorkingDays;
    }

    public long version() {
        return version;
    }
}
