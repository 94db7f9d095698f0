package kz.qorgau.system;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Optional;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.StaticMethodMatcherPointcutAdvisor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.shared.ConflictException;

/**
 * Two writes that met: the database's word for it becomes a {@link ConflictException} (409, with a message
 * the user understands) instead of an unexpected error (500). Around every transactional method of
 * Qorgau's own classes, outside their transaction, so that what fails at commit is caught too.
 * <ul>
 * <li>an aggregate saved over a newer version of itself (Spring Data JDBC {@code @Version}: optimistic
 * locking), a deadlock, a serialisation failure or a lock not obtained ({@link ConcurrencyFailureException})
 * → {@code error.conflict}: someone else changed the record at the same time;</li>
 * <li>a unique key taken in between the check and the insert ({@link DuplicateKeyException}, SQLSTATE
 * 23505) → {@code error.duplicate}: the same record was saved at the same time.</li>
 * </ul>
 * Nothing of the database's message (SQL, key values) reaches the user or the log.
 */
final class WriteConflicts {

    private static final Logger log = LoggerFactory.getLogger(WriteConflicts.class);

    private WriteConflicts() {
    }

    /** The message key of the conflict the failure means, if it means one. */
    static Optional<String> messageKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConflictException) {
                return Optional.empty();
            }
            if (cause instanceof DuplicateKeyException) {
                return Optional.of("error.duplicate");
            }
            if (cause instanceof ConcurrencyFailureException) {
                return Optional.of("error.conflict");
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case "23505" :
                        return Optional.of("error.duplicate");
                    case "40001", "40P01", "55P03" :
                        return Optional.of("error.conflict");
                    default :
                        break;
                }
            }
        }
        return Optional.empty();
    }

    /** The advice: translates the conflicts of transactional methods of {@code kz.qorgau}. */
    static final class Advisor extends StaticMethodMatcherPointcutAdvisor {

        Advisor() {
            super((MethodInterceptor) WriteConflicts::proceed);
            // Outside the transaction interceptor (which has the lowest precedence), so that commit is inside.
            setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        }

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return targetClass.getName().startsWith("kz.qorgau.")
                    && (AnnotatedElementUtils.hasAnnotation(method, Transactional.class)
                            || AnnotatedElementUtils.hasAnnotation(targetClass, Transactional.class));
        }
    }

    private static Object proceed(MethodInvocation invocation) throws Throwable {
        try {
            return invocation.proceed();
        } catch (RuntimeException failure) {
            Optional<String> conflict = messageKey(failure);
            if (conflict.isEmpty()) {
                throw failure;
            }
            log.info("Write conflict in {}.{} ({}): answered as {}", invocation.getMethod().getDeclaringClass()
                    .getSimpleName(), invocation.getMethod().getName(), failure.getClass().getSimpleName(), conflict
                            .get());
            throw new ConflictException(conflict.get(), failure);
        }
    }
}
