/**
 * Classes that break the ERP's architecture rules on purpose: the positive controls of ArchitectureTest, which must
 * catch each of them. Test sources only; never deployed.
 */
package dev.steadfast.erp.archfixture;
