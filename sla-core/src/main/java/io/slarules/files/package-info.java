/**
 * Agreement, timeline and history files in YAML or JSON: {@link io.slarules.files.Agreements},
 * {@link io.slarules.files.Timelines} and {@link io.slarules.files.Histories}.
 *
 * <p>The formats are plain data, described field by field by the JSON Schemas
 * {@code schema/agreement.schema.json}, {@code schema/timeline.schema.json} and
 * {@code schema/history.schema.json} on the class path. Reading is strict and reports every problem at once: an unknown field, a missing required
 * one, a value of the wrong form. A field given as {@code null} (in YAML, a key with no value)
 * counts as absent.
 *
 * <ul>
 *   <li>Dates are {@code yyyy-mm-dd}; instants are written with their offset,
 *       {@code 2026-03-02T17:00:00Z} or {@code 2026-03-02T17:00:00+01:00}. Where a field takes
 *       either, a date is read in the agreement's zone.</li>
 *   <li>Money is text, an amount, one space and an ISO 4217 code: {@code "200000.00 EUR"}. A
 *       percentage is a number, read as the exact decimal written.</li>
 *   <li>Ids are text. A number is accepted and taken as written, but YAML reads an unquoted
 *       {@code 12.1} as a number and some forms change on the way ({@code 017} is 15,
 *       {@code 0x1F} is 31): quote clause ids, {@code id: "12.10"}.</li>
 *   <li>YAML anchors may be set but aliases ({@code *name}) are refused, as are duplicate keys;
 *       YAML's own tags apply ({@code !!str 12.10} is text) and any other tag is ignored, so no file
 *       can name a class. {@code yes}, {@code no}, {@code on} and
 *       {@code off} are text.</li>
 *   <li>Percentages of a level (targets, band ends) are numbers, 0 to 100: {@code target: 99.95}.
 *       Where a field takes a percentage of a fee or money, both are text:
 *       {@code credit: 10%} or {@code credit: "100.00 USD"}.</li>
 *   <li>Lengths of time are ISO-8601 durations, {@code PT8H}, {@code PT30M}, {@code P7D}; a range of
 *       local time within a day is {@code "09:00-17:00"}, where {@code 24:00} ends the day.</li>
 *   <li>A case event's {@code at} and a maintenance's {@code announced} are instants with offset: a
 *       case's clock runs in hours. An outage's {@code from}/{@code to} and a count's {@code at}
 *       may be dates, read as the start of the day in the agreement's zone.</li>
 * </ul>
 *
 * <p>The service-level sections of an agreement, in short:
 *
 * <pre>{@code
 * services:   [{id: web, name: Web hosting, monthlyFee: "1000.00 USD"}]
 * calendars:  [{id: office, zone: Europe/Berlin, hours: {mondayToFriday: ["09:00-12:00", "13:00-17:00"]},
 *               holidays: [2026-12-24], publicHolidays: {country: DE, subdivision: BY}}]
 * maintenance: {windows: [{day: SUNDAY, hours: "02:00-04:00"}], notice: P7D}
 * objectives:
 *   - {kind: AVAILABILITY, id: AVAIL, service: web, obligated: acme, beneficiary: client, target: 99.95}
 *   - {kind: TIME_TO, id: P1, service: web, obligated: acme, beneficiary: client, calendar: office,
 *      stop: RESOLVED, pausing: {WAITING_ON_CUSTOMER: client}, targets: [{priority: P1, within: PT8H}]}
 *   - {kind: QUOTA, id: LEADS, metric: leads, obligated: acme, beneficiary: client, target: 200,
 *      window: {rollingDays: 30}}
 *   - {kind: RATIO, id: API, service: web, good: ok-calls, total: calls, obligated: acme,
 *      beneficiary: client, target: 99.5, window: CALENDAR_QUARTER}
 * credits:
 *   - {id: "7.2", objective: AVAIL, debtor: acme, creditor: client,
 *      bands: [{below: 99.95, atLeast: 99.0, credit: 10%}, {below: 99.0, credit: 25%}],
 *      cap: 50%, minimum: "1.00 USD", earnBack: 3, repeat: {windows: 2, extra: 5%},
 *      bonus: {atLeast: 99.99, amount: 2%}}
 * caps: {perMonth: 15%, rolling: {months: 12, percent: 10}}
 * }</pre>
 *
 * <p>The structures of issue 4:
 *
 * <pre>{@code
 * services:  [{id: hosting, monthlyFee: "0.00 EUR", cap: 20%}]          # a service's own cap
 * objectives:
 *   - {kind: QUOTA, id: CUSTOMERS, ..., target: 50, dependsOn: LEADS, scaledRounding: DOWN}
 * credits:
 *   - {id: "3.1", ..., shares: [{party: customer-service, percent: 70}, {party: company, percent: 30}]}
 * subscriptions:                                                         # kind: SERVICE_BASED
 *   - {id: S-1, customer: {id: c1, name: Customer 1}, service: hosting, fee: "500.00 EUR", start: 2026-01-01}
 * amendments:                                                            # complete terms from a date
 *   - {id: A-1, effectiveFrom: 2026-03-15, services: [...], objectives: [...], credits: [...]}
 * levels:                                                                # kind: MULTI_LEVEL only
 *   - {id: corporate, minimums: [AVAIL], services: [...], objectives: [...], credits: [...]}
 *   - {id: customer, parent: corporate, objectives: [{id: AVAIL, target: 99.9}]}
 * }</pre>
 *
 * <p>A subscriber's timeline names the agreement the subscriber is under, {@code STD-HOSTING/S-1}
 * ({@link io.slarules.files.Timelines#readSubscribers}); a level's timeline names the level's
 * effective agreement, {@code ACME-GROUP/customer}. A multi-level agreement is read with
 * {@link io.slarules.files.Agreements#readLevelled}: a lower level's objective or credit clause
 * with an id a level above has may be partial, merged over the nearest one above (each key given
 * replaces the inherited one whole, lists and objects included; a key given as {@code null} drops
 * it). Its problems are placed by level and id, e.g.
 * {@code levels[customer].objectives[AVAIL].target}; an amendment's by its id,
 * {@code amendments[A-1].effectiveFrom}.
 *
 * <p><b>API</b>, stable in every 1.x release as {@code io.slarules} describes; the formats are
 * stable as their JSON Schemas describe them.
 */
package io.slarules.files;
