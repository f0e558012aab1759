/**
 * The arithmetic rule packs call, from their rules and their Java: claims on an obligation's work
 * ({@link io.slarules.calc.IntervalClaim}) and the concurrent-delay policies over them
 * ({@link io.slarules.calc.ConcurrentDelays}, with a pack's own treatment of an overlap),
 * attributed downtime ({@link io.slarules.calc.Downtime}), unions and differences of intervals
 * ({@link io.slarules.calc.Intervals}) and time on an agreement's wall clock
 * ({@link io.slarules.calc.WallClock}).
 *
 * <p><b>Pack SPI</b>, stable in every 1.x release like the API. The rest of the arithmetic the
 * default rules use (business days, caps, case clocks, availability, credit limits) is internal
 * ({@code io.slarules.internal.calc}): it may change in any release and is not for packs.
 */
package io.slarules.calc;
