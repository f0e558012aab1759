package io.slarules.rules.facts;

import io.slarules.calendar.BusinessCalendar;
import io.slarules.model.Agreement;
import io.slarules.model.History;
import io.slarules.model.Money;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one fact every service-level evaluation of a month holds about itself: the agreement, the
 * month whose windows it settles, what is known as of its end, the history before it and the
 * agreement's calendars, resolved.
 *
 * @param agreement the agreement
 * @param month     the calendar month settled: the windows that end in it
 * @param asOf      the month's end
 * @param history   what earlier months decided (and earlier months of this evaluation)
 * @param calendars the agreement's calendars by id, 24x7 included
 * @param monthCap  the agreement's cap on the month's credits, exact
 * @param rollingRoom what the agreement's rolling cap leaves for the month's credits, exact
 */
public record ServiceLevelContext(Agreement agreement, YearMonth month, Instant asOf, History history,
                                  Map<String, BusinessCalendar> calendars, Optional<Money> monthCap,
                                  Optional<Money> rollingRoom) {

    /** Validates the fields. */
    public ServiceLevelContext {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(history, "history");
        calendars = Map.copyOf(calendars);
        Objects.requireNonNull(monthCap, "monthCap");
        Objects.requireNonNull(rollingRoom, "rollingRoom");
    }

    /** The calendar with the given id. */
    public BusinessCalendar calendar(String id) {
        BusinessCalendar calendar = calendars.get(id);
        if (calendar == null) {
            throw new IllegalStateException("SLA Rules: calendar " + id + " was not resolved; the agreement check lets none through");
        }
        return calendar;
    }

    /** Whether {@code obligated} answers for what {@code party} did: itself, or a subcontractor it engaged. */
    public boolean answersFor(String obligated, String party) {
        return agreement.answeredBy(obligated).contains(party);
    }
}
