package dev.steadfast.shop.order;

/**
 * A caller's claim to charge an order, as {@link Orders#claimCharge} committed it. The token is the caller's own:
 * each step that finishes the charge shows it, so that a caller whose claim went stale and was taken over cannot
 * give back the claim of the caller that holds it now.
 *
 * @param answerUnknown an earlier charge of the order got no answer (or its caller died): the provider may hold the
 *                      money, so it is asked before anything is charged
 * @param cancelled     the order was cancelled while its charge was under way: it is never charged again, only asked
 *                      about
 */
record ChargeClaim(long orderId, String token, long amountCents, boolean answerUnknown, boolean cancelled) {
}
