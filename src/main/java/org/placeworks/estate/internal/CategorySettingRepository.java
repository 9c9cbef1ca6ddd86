package org.placeworks.estate.internal;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.placeworks.estate.EstateCategory;

@ApplicationScoped
public class CategorySettingRepository implements PanacheRepositoryBase<CategorySettingRow, EstateCategory> {

    public List<CategorySettingRow> all() {
        return listAll().stream().sorted(java.util.Comparator.comparing(CategorySettingRow::category)).toList();
    }

    public CategorySettingRow of(EstateCategory category) {
        return findById(category);
    }
}
