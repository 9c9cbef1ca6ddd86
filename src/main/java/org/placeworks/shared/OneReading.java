package org.placeworks.shared;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method only reads: it runs as one {@link Reading}, a read-only transaction of its own in which reference data
 * (the area tree, services, the signed-in member of staff) is read once however many parts of a page ask. Inside a
 * transaction that is already open it changes nothing, so a caller that writes keeps seeing its own changes.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface OneReading {
}
