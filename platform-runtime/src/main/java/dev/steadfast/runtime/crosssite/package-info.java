/**
 * Cross-site request forgery defence for every state-changing request of an application (OWASP ASVS 4, V4.2.2 and
 * V13.2.3): a browser sends a page's cookies and cached HTTP Basic credentials with a request another site makes it
 * send, so a request that changes something must be one that another site cannot make a browser send.
 * {@link dev.steadfast.runtime.crosssite.CrossSitePolicy} says which those are,
 * {@link dev.steadfast.runtime.crosssite.CrossSiteRequestFilter} refuses the others with a 403 problem.
 */
package dev.steadfast.runtime.crosssite;
