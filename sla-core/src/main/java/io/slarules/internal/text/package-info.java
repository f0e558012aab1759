/**
 * <b>Internal: may change in any release, do not use.</b> Text helpers every text writer of the
 * library shares (sla-rules' explanations, the command line, the friction report): making text safe
 * to print, and the short digests that decision ids, fingerprints and warning ids are made of. Public only
 * because other modules call it.
 */
package io.slarules.internal.text;
