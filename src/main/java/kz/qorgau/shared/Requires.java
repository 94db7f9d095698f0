package kz.qorgau.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The one guard of application services and web handlers: the caller must hold the permission. On a
 * service it is method security ({@code @PreAuthorize}); on a controller the web layer also checks it before
 * the request is read, so that a refused caller gets 403 whatever they sent. Which records the permission
 * reaches is the module's scope rule.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAuthority('PERMISSION_{value}')")
public @interface Requires {

    Permission value();
}
