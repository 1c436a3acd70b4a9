/**
 * JSON request bodies read exactly: a number that the Java field it is bound to cannot hold is refused as a 400
 * problem naming the field, before the JSON provider reads it. WildFly's JSON-B provider (Yasson over Parsson)
 * would otherwise narrow it silently: {@code 9223372036854775808} becomes {@code Long.MIN_VALUE}, {@code 2147483648}
 * a negative int, {@code 1.5} a 1, {@code 1e400} an infinite double, and validation then checks the wrong value.
 */
package dev.steadfast.runtime.json;
