/**
 * Agreement and timeline files in YAML or JSON: {@link io.slarules.files.Agreements} and
 * {@link io.slarules.files.Timelines}.
 *
 * <p>Both formats are plain data, described field by field by the JSON Schemas
 * {@code schema/agreement.schema.json} and {@code schema/timeline.schema.json} on the class
 * path. Reading is strict and reports every problem at once: an unknown field, a missing required
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
 * </ul>
 */
package io.slarules.files;
