/**
 * Obligations and their dependencies: what one party owes another and by when ({@link
 * io.slarules.model.obligations.Obligation}, {@link io.slarules.model.obligations.Due}, relative to another
 * obligation's fulfilment or absolute), the liquidated damages a late delivery costs and how its delay is counted
 * ({@link io.slarules.model.obligations.LiquidatedDamages}, {@link io.slarules.model.obligations.DelayUnit}), the
 * agreement's concurrent-delay policy, and prices payable on a date.
 *
 * <p><b>API</b>, as {@link io.slarules.model} describes.
 */
package io.slarules.model.obligations;
