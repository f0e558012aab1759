/**
 * The domain model: agreements, parties, obligations, penalty and service-credit clauses, service
 * levels, timelines of events, histories, money, intervals and date ranges. Every type is
 * immutable and validated when it is built, in code or by the readers of {@code io.slarules.files}.
 *
 * <p><b>API</b>, stable in every 1.x release as {@code io.slarules} describes. Types with many
 * fields ({@code Agreement}, {@code Obligation}, {@code LiquidatedDamages}, {@code ServiceCredit},
 * {@code ServiceLevels}, the objectives, {@code CalendarSpec}, {@code History}, {@code Timeline})
 * have a builder: it is the form that stays source-compatible when a type gains an optional field
 * in a minor release, whereas a record's canonical constructor gains a parameter with it.
 */
package io.slarules.model;
