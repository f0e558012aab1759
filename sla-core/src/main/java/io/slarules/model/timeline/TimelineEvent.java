package io.slarules.model.timeline;

/** Something that happened, as the timeline records it. Every event has an id. */
public sealed interface TimelineEvent permits Fulfilment, BlockedInterval, ForceMajeure, Outage, CaseEvent, Count,
        LevelReport, ExchangeRate, Reading {

    /** {@return the event's id, unique within its timeline} */
    String id();
}
