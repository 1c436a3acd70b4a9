/**
 * Conversational state in the HTTP session: the notes this visitor looked at last. The application is
 * {@code <distributable/>}, so the session is replicated to another node and survives the loss of the one that
 * served it; everything kept here must therefore be serializable, and is kept small.
 */
package dev.steadfast.shop.history;
