/**
 * Tests of the images of docker/, run with Podman on a network of their own that they create and remove: the
 * cluster the cloud shape forms, what survives a killed container, and what an image must never hold.
 */
package dev.steadfast.docker;
