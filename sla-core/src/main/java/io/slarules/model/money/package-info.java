/**
 * Money: an exact amount in a currency ({@link io.slarules.model.money.Money}, {@code BigDecimal} underneath,
 * rounded to the currency's minor unit only when a decision is made) and the amounts a clause states, fixed or a
 * percentage of a value ({@link io.slarules.model.money.Amount}).
 *
 * <p><b>API</b>, as {@link io.slarules.model} describes.
 */
package io.slarules.model.money;
