package dev.steadfast.ops.drill;

/**
 * Acknowledged writes a later answer showed missing: the server that had acknowledged the last of them, when its
 * answer arrived (on the load's clock), and how many writes went missing. A drill tells from it whether they were
 * acknowledged by the faulted server in the moment before the fault, when WildFly had answered but not yet
 * committed the session (docs/reasons.md#acknowledged-before-replicated).
 */
public record LostAck(String node, long ackedAtMillis, long writes) {}
