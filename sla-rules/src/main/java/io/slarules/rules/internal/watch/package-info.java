/**
 * <b>Internal: may change in any release, do not use.</b> The live monitor behind
 * {@code io.slarules.watch.Monitor}: watched agreements and their events, the warn session
 * ({@code WatchRun}) and the Java the {@code watch} rules call ({@code Watches}).
 */
package io.slarules.rules.internal.watch;
