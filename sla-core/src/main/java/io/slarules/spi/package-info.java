/**
 * Service provider interfaces, found through {@link java.util.ServiceLoader}:
 * {@link io.slarules.spi.RulePackProvider}, with which a rule pack's jar makes its pack
 * discoverable, and {@link io.slarules.spi.PublicHolidayProvider}, which gives business calendars
 * the public holidays of a country or region.
 *
 * <p><b>SPI</b>, stable in every 1.x release: a method added to one of these interfaces comes with
 * a default. How {@code SlaEngine.builder()} finds the engine is internal
 * ({@code io.slarules.internal.engine}).
 */
package io.slarules.spi;
