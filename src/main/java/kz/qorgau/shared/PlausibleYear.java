package kz.qorgau.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * A calendar year someone may ask Qorgau about (a list filter, a report, an export): from 1991, the year of
 * Kazakhstan's independence and so of its first records, to next year in Kazakhstan ({@link Today}).
 * Null is left to {@code required}. Everywhere a year comes in, this is the one rule; a year outside it
 * answers 400, never a query over dates that cannot exist.
 */
@Documented
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleYear.Validator.class)
public @interface PlausibleYear {

    /** The first year: Kazakhstan's independence (16 December 1991). */
    int FIRST = 1991;

    String message() default "{error.year}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule; created by Spring's validator factory, which hands it the application's {@link Today}. */
    final class Validator implements ConstraintValidator<PlausibleYear, Integer> {

        private final Today today;

        public Validator(Today today) {
            this.today = today;
        }

        /** The last year that may be asked about: next year in Kazakhstan. */
        public static int last(Today today) {
            return today.year().getValue() + 1;
        }

        public static boolean isPlausible(int year, Today today) {
            return year >= FIRST && year <= last(today);
        }

        @Override
        public boolean isValid(Integer year, ConstraintValidatorContext context) {
            if (year == null || isPlausible(year, today)) {
                return true;
            }
            if (context instanceof HibernateConstraintValidatorContext hibernate) {
                hibernate.addMessageParameter("first", FIRST).addMessageParameter("last", last(today));
            }
            return false;
        }
    }
}
