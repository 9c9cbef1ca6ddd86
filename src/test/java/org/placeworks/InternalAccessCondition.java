package org.placeworks;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** A feature's {@code internal} package (entities, repositories) is its own: other features use its API. */
class InternalAccessCondition extends ArchCondition<JavaClass> {

    InternalAccessCondition() {
        super("use only their own feature's internal package");
    }

    @Override
    public void check(JavaClass origin, ConditionEvents events) {
        String from = feature(origin.getPackageName());
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
            String target = dependency.getTargetClass().getPackageName();
            if (target.startsWith("org.placeworks.") && target.contains(".internal") && !feature(target).equals(from)) {
                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
            }
        }
    }

    private static String feature(String packageName) {
        String rest = packageName.replaceFirst("^org\\.placeworks\\.?", "");
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
