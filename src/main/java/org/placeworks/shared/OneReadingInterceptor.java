package org.placeworks.shared;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Runs a {@link OneReading} method in a read-only transaction of its own, unless one is open already. */
@OneReading
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 250)
class OneReadingInterceptor {

    @Inject
    Reading reading;

    @AroundInvoke
    Object read(InvocationContext call) throws Exception {
        if (QuarkusTransaction.isActive()) {
            return call.proceed();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                reading.begin();
                Object result = call.proceed();
                reading.end();
                return result;
            });
        } catch (QuarkusTransactionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
