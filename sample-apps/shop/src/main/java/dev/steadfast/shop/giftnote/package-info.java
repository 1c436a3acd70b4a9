/**
 * Gift notes: a shopper writes a short note on an order of their own session, to go with it on a card
 * ({@code PUT}/{@code GET /api/orders/{id}/gift-note}). The note lives in a column of the orders' table that this
 * release adds (migration {@code V2__order_gift_note.sql}), nullable: the expand step of a rolling update, so the
 * previous release, which still places orders on some servers while this one rolls out, goes on inserting orders
 * without a note, and this release reads its rows as orders without one.
 * <p>
 * The feature is this package and that migration, nothing else: the order's entity and checkout do not know the
 * column, and the package reads and writes it with SQL of its own. So the shop's previous release is exactly this
 * release without {@code dev/steadfast/shop/giftnote/} and without {@code db/migration/V2__*}, which is how the
 * shop's cluster test rolls out from one to the other.
 */
package dev.steadfast.shop.giftnote;
