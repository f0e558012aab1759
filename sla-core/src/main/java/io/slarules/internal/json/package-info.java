/**
 * How the result types and {@link io.slarules.model.money.Money} are written and read by Jackson. Not
 * for users: the classes here are public only because the annotations on the API types name them,
 * and may change in any release. What users rely on is the JSON form each API type documents.
 */
package io.slarules.internal.json;
