/**
 * <b>Internal: may change in any release, do not use.</b> Obligations and their deadlines: the
 * timeline normalised into obligation facts ({@code Normalisation}), what a deadline session concluded
 * ({@code Derivation}) and its assembly into the attributions and penalty decisions of an evaluation
 * ({@code Results}). The rules are the default DRL's {@code attribute}, {@code concurrent},
 * {@code propagate}, {@code assess}, {@code penalise} and {@code cap} files.
 */
package io.slarules.rules.internal.deadlines;
