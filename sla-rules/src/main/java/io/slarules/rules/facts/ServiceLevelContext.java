package io.slarules.rules.facts;

import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.History;
import io.slarules.model.time.DateRange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one fact every service-level evaluation of a month holds about itself: the agreement, the
 * month whose windows it settles, what is known as of its end, the history before it (earlier
 * windows of the same month included) and the caps over the month's credits with what earlier
 * windows of the month used of them.
 *
 * @param agreement the agreement
 * @param month     the calendar month settled: the windows that end in it
 * @param asOf      the month's end
 * @param history   what earlier months decided (and earlier months of this evaluation)
 * @param monthCap  the agreement's cap on the month's credits, exact
 * @param rollingRoom what the agreement's rolling cap leaves for the month's credits, exact (computed from the
 *                    history by {@code Caps.rollingRoom}; whether it applies is the rule "cap: the rolling cap"'s
 *                    choice, which a pack may replace)
 * @param creditedBefore credits issued in the month for windows that ended earlier in it
 * @param creditedByServiceBefore the same, by service
 */
public record ServiceLevelContext(Agreement agreement, YearMonth month, Instant asOf, History history,
                                  Optional<Money> monthCap,
                                  Optional<Money> rollingRoom, Money creditedBefore,
                                  Map<String, Money> creditedByServiceBefore) {

    /**
     * Validates the fields.
     *
     * @param agreement the agreement
     * @param month the calendar month settled: the windows that end in it
     * @param asOf the month's end
     * @param history what earlier months decided (and earlier months of this evaluation)
     * @param monthCap the agreement's cap on the month's credits, exact
     * @param rollingRoom what the agreement's rolling cap leaves for the month's credits, exact
     * @param creditedBefore credits issued in the month for windows that ended earlier in it
     * @param creditedByServiceBefore the same, by service
     */
    public ServiceLevelContext {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(monthCap, "monthCap");
        Objects.requireNonNull(rollingRoom, "rollingRoom");
        Objects.requireNonNull(creditedBefore, "creditedBefore");
        creditedByServiceBefore = Map.copyOf(creditedByServiceBefore);
    }

    /**
     * {@return whether {@code obligated} answers for what {@code party} did: itself, or a subcontractor it engaged}
     *
     * @param obligated the party that promises a level
     * @param party the party that caused an outage or pause
     */
    public boolean answersFor(String obligated, String party) {
        return agreement.answeredBy(obligated).contains(party);
    }

    /**
     * {@return the billing month settled, as dates: the calendar month, or from the agreement's billing day to the
     * same day of the next month}
     */
    public DateRange billingMonth() {
        return agreement.serviceLevels().billingCycle().month(month);
    }

    /**
     * {@return the agreement's rolling cap for the month: as the terms in force when the month starts (or when the
     * agreement starts, for a month it starts in) state it; empty when there is none}. The room it leaves is
     * {@link #rollingRoom()}; what earlier months charged and credited is in {@link #history()}.
     */
    public Optional<CreditCaps.RollingCap> rollingCap() {
        LocalDate start = billingMonth().startInclusive();
        LocalDate effective = agreement.effective().startInclusive();
        return agreement.serviceLevelsAt(start.isBefore(effective) ? effective : start).caps().rolling();
    }
}
