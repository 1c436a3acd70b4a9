/**
 * The platform in containers (docker/): Podman run with the project's settings; the base image of Debian's packages;
 * the image of a standalone server of the cloud shape with one application, configured by the curated scripts
 * ({@link dev.steadfast.ops.container.ServerImage}); and the image of a host of the domain, which holds the WildFly
 * installation only ({@link dev.steadfast.ops.container.DomainImage}). None holds a secret.
 */
package dev.steadfast.ops.container;
