package dev.steadfast.shop.admin;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * Marks a resource method (or every method of a resource class) only an admin may call, and names what a
 * refused attempt is recorded as. The check
 * (AdminOnlyFilter) runs before the request body is read or validated, so an anonymous caller is refused, and
 * audited, whatever it sent.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AdminOnly {

    /** The audited action, e.g. {@code product.price}. */
    String action() default "";

    /** The kind of entity; its id is the request's {@code id} path parameter, if any. */
    String entityType() default "";
}
