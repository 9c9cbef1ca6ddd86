package org.placeworks.shared;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * {@link Text}'s rule as a bean validation constraint, for the API's request records and query
 * parameters: {@code @TextLimit(Text.SHORT) String name}. The message is completed with the field's
 * name where the violation is reported.
 */
@Target({ FIELD, PARAMETER })
@Retention(RUNTIME)
@Constraint(validatedBy = TextLimit.Check.class)
public @interface TextLimit {

    /** The most characters allowed: {@link Text#SHORT}, {@link Text#LONG} or {@link Text#SEARCH}. */
    int value();

    String message() default "must be {value} characters or fewer";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<TextLimit, String> {
        private int max;

        @Override
        public void initialize(TextLimit limit) {
            max = limit.value();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return Text.problem("", value, max).map(problem -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(problem.strip()).addConstraintViolation();
                return false;
            }).orElse(true);
        }
    }
}
