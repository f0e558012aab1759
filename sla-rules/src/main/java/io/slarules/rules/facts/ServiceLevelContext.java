package io.slarules.rules.facts;

import io.slarules.model.Agreement;
import io.slarules.model.History;
import io.slarules.model.Money;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The one fact every service-level evaluation of a month holds about itself: the agreement, the
 * month whose windows it settles, what is known as of its end, the history before it and the
 * caps over the month's credits.
 *
 * @param agreement the agreement
 * @param month     the calendar month settled: the windows that end in it
 * @param asOf      the month's end
 * @param history   what earlier months decided (and earlier months of this evaluation)
 * @param monthCap  the agreement's cap on the month's credits, exact
 * @param rollingRoom what the agreement's rolling cap leaves for the month's credits, exact
 */
public record ServiceLevelContext(Agreement agreement, YearMonth month, Instant asOf, History history,
                                  Optional<Money> monthCap,
                                  Optional<Money> rollingRoom) {

    /** Validates the fields. */
    public ServiceLevelContext {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(monthCap, "monthCap");
        Objects.requireNonNull(rollingRoom, "rollingRoom");
    }

    /** Whether {@code obligated} answers for what {@code party} did: itself, or a subcontractor it engaged. */
    public boolean answersFor(String obligated, String party) {
        return agreement.answeredBy(obligated).contains(party);
    }
}
