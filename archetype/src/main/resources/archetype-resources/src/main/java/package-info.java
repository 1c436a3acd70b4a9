/**
 * ${displayName}: its REST application (/api) and one package per feature below. Cross-cutting needs (audit
 * trail, problem+json errors, health endpoints, the node header) come from steadfast-runtime, not from here.
 */
package ${package};
