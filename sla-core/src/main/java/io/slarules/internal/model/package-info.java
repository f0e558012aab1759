/**
 * <b>Internal: may change in any release, do not use.</b> Field checks the model's value types share
 * across its packages (agreement, obligations, service levels, timeline, money and time). Public only
 * because those are several packages.
 */
package io.slarules.internal.model;
