package io.slarules.model.servicelevels;

/** What an availability percentage is a percentage of. */
public enum Denominator {
    /** All of the window's measured time. */
    WHOLE_WINDOW,
    /** The window's measured time less the excluded time (announced maintenance, force majeure). */
    WINDOW_LESS_EXCLUDED
}
