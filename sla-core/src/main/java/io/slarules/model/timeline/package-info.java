/**
 * What happened: the {@link io.slarules.model.timeline.Timeline} of an agreement and its events (fulfilments,
 * blocked intervals, force majeure, outages, case events, counted units, reported levels and readings, exchange
 * rates), each with an id; a duplicate is idempotent and the order of arrival does not matter.
 *
 * <p><b>API</b>, as {@link io.slarules.model} describes.
 */
package io.slarules.model.timeline;
