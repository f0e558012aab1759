/**
 * Public holidays from the jollyday library ({@code de.focus-shift:jollyday}), offered to
 * {@link io.slarules.calendar.PublicHolidays} as a {@link io.slarules.spi.PublicHolidayProvider}.
 * Only this package sees jollyday; the core and the rules see a
 * {@link io.slarules.calendar.HolidaySource}.
 *
 * <p><b>Internal: may change in any release, do not use.</b> Public only because
 * {@link java.util.ServiceLoader} instantiates the provider.
 */
package io.slarules.rules.internal.holidays;
