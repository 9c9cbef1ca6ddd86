package org.placeworks;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * A feature's API (the public classes outside its {@code internal} package) speaks in views, commands
 * and ids: no public method or constructor takes or returns a type from an {@code internal} package.
 */
class InternalSignatureCondition extends ArchCondition<JavaClass> {

    InternalSignatureCondition() {
        super("show no internal type in a public signature outside internal");
    }

    @Override
    public void check(JavaClass origin, ConditionEvents events) {
        if (!origin.getModifiers().contains(JavaModifier.PUBLIC) || isInternal(origin)) {
            return;
        }
        for (JavaCodeUnit unit : origin.getCodeUnits()) {
            if (!unit.getModifiers().contains(JavaModifier.PUBLIC) || unit.getName().startsWith("lambda$")) {
                continue;
            }
            List<JavaType> types = new ArrayList<>(unit.getParameterTypes());
            types.add(unit.getReturnType());
            for (JavaType type : types) {
                for (JavaClass raw : type.getAllInvolvedRawTypes()) {
                    if (isInternal(raw)) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " shows " + raw.getName()));
                    }
                }
            }
        }
    }

    private static boolean isInternal(JavaClass type) {
        String name = type.getPackageName();
        return name.startsWith("org.placeworks.") && (name.contains(".internal.") || name.endsWith(".internal"));
    }
}
