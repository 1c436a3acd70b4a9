/**
 * The platform in containers (docker/): Podman run with the project's settings, and the image of a standalone
 * server of the cloud shape with one application, built from Debian's packages and the curated configuration, with
 * no secret in it.
 */
package dev.steadfast.ops.container;
