/**
 * Watching live: a {@link io.slarules.watch.Monitor} holds many agreements, takes their events as
 * they arrive and an explicitly advanced clock, and raises {@link io.slarules.watch.Warning}s before
 * (and when) an objective or an obligation is breached, naming the party holding it up.
 *
 * <pre>{@code
 * Monitor monitor = engine.monitor(WatchOptions.startingAt(Instant.parse("2026-06-01T00:00:00Z"))
 *         .withListener(warning -> pager.send(warning.message())));
 * monitor.watch(agreement);                                  // at its watch terms
 * monitor.append(agreement.id(), CaseEvent.opened("E-1", "T-1", "desk", opened, "P2"));
 * monitor.advanceTo(Instant.parse("2026-06-10T12:00:00Z"));   // never the wall clock
 * monitor.warnings(Instant.parse("2026-06-10T12:00:00Z"));    // the warnings raised before that instant
 * }</pre>
 *
 * <p><b>API</b>, stable in every 1.x release as {@code io.slarules} describes.
 */
package io.slarules.watch;
