/**
 * Notes: the example feature every new project starts with. A JPA entity with optimistic locking, its
 * repository, a transactional service whose writes are audited, and a validated REST resource. Replace it with
 * your own domain, keeping the shape.
 */
package dev.steadfast.shop.notes;
