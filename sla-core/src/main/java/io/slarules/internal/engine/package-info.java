/**
 * <b>Internal: may change in any release, do not use.</b> How {@code SlaEngine.builder()} finds its
 * implementation through {@link java.util.ServiceLoader}: sla-rules registers the Drools engine
 * here. Public only because sla-rules implements it.
 */
package io.slarules.internal.engine;
