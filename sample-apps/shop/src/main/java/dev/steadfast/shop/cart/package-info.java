/**
 * The cart, held in the visitor's HTTP session. The shop is {@code <distributable/>}: the session, and the cart in
 * it, is replicated to a second node after every request, so a cart survives the loss of the server that filled
 * it. The cart keeps only product ids and quantities (small and serializable); names and prices come from the
 * catalog when it is shown, and are fixed when it is checked out.
 */
package dev.steadfast.shop.cart;
