/**
 * A ceiling on request bodies, enforced by the application itself (OWASP ASVS 4, V13.1.3): a body past
 * {@code steadfast.request.max-bytes} is answered 413 as a problem, whether it announces its length or not, before
 * a parser has to hold it.
 */
package dev.steadfast.runtime.bodylimit;
