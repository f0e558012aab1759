/**
 * The domain model's root: the agreement and its parties (levels, amendments, subscriptions, the monitor's
 * thresholds) and the limits every input is held to. The rest of the model is split by concern, so a
 * newcomer finds a term where its name says:
 * {@link io.slarules.model.obligations} (what a party owes by when, its dependencies and damages),
 * {@link io.slarules.model.servicelevels} (objectives, services, credits, caps, history),
 * {@link io.slarules.model.timeline} (what happened) and {@link io.slarules.model.money} /
 * {@link io.slarules.model.time} (the values the others are made of). Every type is immutable and
 * validated when it is built, in code or by the readers of {@code io.slarules.files}.
 *
 * <p><b>API</b>, stable in every 1.x release as {@code io.slarules} describes. Types with many
 * fields ({@code Agreement}, {@code Obligation}, {@code LiquidatedDamages}, {@code ServiceCredit},
 * {@code ServiceLevels}, the objectives, {@code CalendarSpec}, {@code History}, {@code Timeline})
 * have a builder: it is the form that stays source-compatible when a type gains an optional field
 * in a minor release, whereas a record's canonical constructor gains a parameter with it.
 */
package io.slarules.model;
