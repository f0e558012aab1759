/**
 * Service levels: the services and their fees, the objectives promised on them (availability, time to respond or
 * resolve, quota, ratio, reported readings) with their measurement windows, the service credits a missed level
 * costs (bands, per-breach amounts, bonuses, earn-back), the caps that limit them, and the history of earlier
 * months that repeat offences and rolling caps read.
 *
 * <p><b>API</b>, as {@link io.slarules.model} describes.
 */
package io.slarules.model.servicelevels;
