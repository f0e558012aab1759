package io.slarules.model.servicelevels;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.slarules.internal.json.JsonExplicit;
import io.slarules.internal.json.JsonForms;
import io.slarules.internal.model.Checks;
import io.slarules.model.Agreement;
import io.slarules.model.Amendment;
import io.slarules.model.InputLimits;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.time.DateRange;

import io.slarules.InvalidInputException;
import io.slarules.Problem;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What earlier evaluations decided, as an explicit input: the terms that look back (repeat
 * offences, earn-back, rolling caps) read it, never hidden state. An evaluation returns the history
 * extended by its own windows, so evaluating March, April and May one by one, each with the
 * history the previous returned, gives what evaluating all three at once gives.
 *
 * <p>Jackson writes it with any {@code ObjectMapper} as {@code {"months":[...],"windows":[...]}},
 * each record by its accessors' names (a month as {@code "2026-04"}, amounts as {@link Money}
 * writes them), and reads that form back to an equal history.
 *
 * @param months  per calendar month: what was charged and credited, in month order
 * @param windows per objective and window: met or breached, and the credit issued, in window order
 */
@JsonExplicit
public record History(@JsonProperty("months") List<MonthRecord> months,
                      @JsonProperty("windows") List<WindowRecord> windows) {

    private static final History EMPTY = new History(List.of(), List.of());

    /**
     * Validates that no month or window is recorded twice with different content, and sorts.
     *
     * @param months per calendar month: what was charged and credited, in month order
     * @param windows per objective and window: met or breached, and the credit issued, in window order
     */
    public History {
        months = Checks.list(months, "history", "months");
        windows = Checks.list(windows, "history", "windows");
        List<Problem> problems = new ArrayList<>();
        Map<YearMonth, MonthRecord> byMonth = new HashMap<>();
        List<MonthRecord> distinctMonths = new ArrayList<>();
        for (MonthRecord m : months) {
            MonthRecord earlier = byMonth.putIfAbsent(m.month(), m);
            if (earlier == null) {
                distinctMonths.add(m);
            } else if (!earlier.equals(m)) {
                problems.add(Problem.at("history", "months[" + m.month() + "]", "recorded twice with different figures"));
            }
        }
        Map<String, WindowRecord> byWindow = new HashMap<>();
        List<WindowRecord> distinctWindows = new ArrayList<>();
        for (WindowRecord w : windows) {
            String key = w.objective() + "@" + w.window();
            WindowRecord earlier = byWindow.putIfAbsent(key, w);
            if (earlier == null) {
                distinctWindows.add(w);
            } else if (!earlier.equals(w)) {
                problems.add(Problem.at("history", "windows[" + key + "]", "recorded twice with different content"));
            }
        }
        currencies(distinctMonths, distinctWindows, problems);
        creditsWithinMonths(distinctMonths, distinctWindows, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(null, problems);
        }
        distinctMonths.sort(Comparator.comparing(MonthRecord::month));
        distinctWindows.sort(Comparator.comparing((WindowRecord w) -> w.window().startInclusive())
                .thenComparing(WindowRecord::objective));
        months = List.copyOf(distinctMonths);
        windows = List.copyOf(distinctWindows);
    }

    /** Every amount of a history is in one currency: sums over months would mix them otherwise. */
    private static void currencies(List<MonthRecord> months, List<WindowRecord> windows, List<Problem> problems) {
        java.util.Currency first = null;
        for (MonthRecord m : months) {
            first = first == null ? m.charged().currency() : first;
            if (!m.charged().currency().equals(first)) {
                problems.add(Problem.at("history", "months[" + m.month() + "].charged", "is in "
                        + m.charged().currency() + ", an earlier month in " + first));
            }
        }
        for (WindowRecord w : windows) {
            for (IssuedCredit c : w.credits()) {
                first = first == null ? c.amount().currency() : first;
                if (!c.amount().currency().equals(first)) {
                    problems.add(Problem.at("history", "windows[" + w.objective() + "@" + w.window() + "].credits["
                            + c.decisionId() + "].amount", "is in " + c.amount().currency() + ", the history in " + first));
                }
            }
        }
    }

    /**
     * A month's {@code credited} is at least the credits listed under the windows settled in it (a
     * window is settled in the month holding its last day): an evaluation records both from the
     * same decisions, so a month that credited less than its windows list was not written by one.
     * A history may list fewer windows than were credited (only the months a rolling cap needs),
     * never more.
     */
    private static void creditsWithinMonths(List<MonthRecord> months, List<WindowRecord> windows,
                                            List<Problem> problems) {
        for (MonthRecord m : months) {
            Money listed = Money.zero(m.credited().currency());
            boolean any = false;
            for (WindowRecord w : windows) {
                if (YearMonth.from(w.window().endExclusive().minusDays(1)).equals(m.month())) {
                    for (IssuedCredit c : w.credits()) {
                        if (c.amount().currency().equals(listed.currency())) {
                            listed = listed.plus(c.amount());
                            any = true;
                        }
                    }
                }
            }
            if (any && listed.compareTo(m.credited()) > 0) {
                problems.add(Problem.at("history", "months[" + m.month() + "].credited", "is " + m.credited()
                        + ", less than the " + listed + " the windows settled in " + m.month() + " list as credited"));
            }
        }
    }

    /**
     * Checks that the history fits the agreement and the period evaluated: amounts in the
     * agreement's currency; months and windows within the agreement's effective dates and not
     * after the period's end (a re-run may be given the history its first run returned); known
     * objectives, clauses and parties.
     *
     * @param agreement the agreement the history is of
     * @param period    the period about to be evaluated
     * @throws InvalidInputException naming the agreement and listing every problem found
     */
    public void requireConsistentWith(Agreement agreement, DateRange period) {
        Objects.requireNonNull(period, "period");
        List<Problem> problems = problems(agreement, Optional.of(period));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(agreement.id(), problems);
        }
    }

    /**
     * The problems of this history against an agreement (and the period about to be evaluated,
     * when given), as {@link #requireConsistentWith(Agreement, DateRange)} lists them.
     *
     * @param agreement the agreement the history is of
     * @param period    the period about to be evaluated; empty to check against the agreement alone
     * @return every problem found, in record order; empty when the history fits
     */
    public List<Problem> problems(Agreement agreement, Optional<DateRange> period) {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(period, "period");
        List<Problem> problems = new ArrayList<>();
        java.util.Currency currency = agreement.currency();
        DateRange life = agreement.effective();
        YearMonth firstMonth = YearMonth.from(life.startInclusive());
        YearMonth lastMonth = YearMonth.from(life.endExclusive().minusDays(1));
        for (MonthRecord m : months) {
            String at = "months[" + m.month() + "]";
            if (!m.charged().currency().equals(currency)) {
                problems.add(Problem.at("history", at + ".charged", "is in " + m.charged().currency()
                        + ", the agreement is in " + currency));
            }
            if (m.month().isBefore(firstMonth) || m.month().isAfter(lastMonth)) {
                problems.add(Problem.at("history", at, "lies outside the agreement's effective dates " + life));
                continue;
            }
            if (creditedMoreThanCharged(agreement, m)) {
                problems.add(Problem.at("history", at + ".credited", "is " + m.credited() + ", more than the "
                        + m.charged() + " charged, though the agreement caps a month's credits at a share of its fees"));
            }
            if (period.isPresent() && !m.month().atDay(1).isBefore(period.get().endExclusive())) {
                // a month of the period itself is allowed: a re-run is given the history its first run returned
                problems.add(Problem.at("history", at, "lies after the period evaluated, " + period.get()
                        + ": a history records evaluations up to it"));
            }
        }
        java.util.Set<String> objectives = new java.util.HashSet<>();
        java.util.Set<String> clauses = new java.util.HashSet<>();
        java.util.stream.Stream.concat(java.util.stream.Stream.of(agreement.serviceLevels()),
                agreement.amendments().stream().map(Amendment::serviceLevels)).forEach(terms -> {
                    terms.objectives().forEach(o -> objectives.add(o.id()));
                    terms.credits().forEach(c -> clauses.add(c.id()));
                });
        for (WindowRecord w : windows) {
            String at = "windows[" + w.objective() + "@" + w.window() + "]";
            if (!objectives.contains(w.objective())) {
                problems.add(Problem.at("history", at + ".objective", "unknown objective " + w.objective()));
            }
            if (!w.window().overlaps(life)) {
                problems.add(Problem.at("history", at + ".window", "lies outside the agreement's effective dates " + life));
            } else if (period.isPresent() && w.window().endExclusive().isAfter(period.get().endExclusive())) {
                problems.add(Problem.at("history", at + ".window", "ends after the period evaluated, " + period.get()
                        + ": a history records evaluations up to it"));
            }
            for (IssuedCredit c : w.credits()) {
                String credit = at + ".credits[" + c.decisionId() + "]";
                if (!clauses.contains(c.clause())) {
                    problems.add(Problem.at("history", credit + ".clause", "unknown service-credit clause " + c.clause()));
                }
                for (String party : List.of(c.debtor(), c.creditor())) {
                    if (agreement.party(party).isEmpty()) {
                        problems.add(Problem.at("history", credit + (party.equals(c.debtor()) ? ".debtor" : ".creditor"),
                                "unknown party " + party));
                    }
                }
                if (!c.amount().currency().equals(currency)) {
                    problems.add(Problem.at("history", credit + ".amount", "is in " + c.amount().currency()
                            + ", the agreement is in " + currency));
                }
            }
        }
        return problems;
    }

    /**
     * Whether a month credited more than it charged although the agreement caps a month's credits
     * at a share of its fees: such a month cannot have been settled under this agreement, and its
     * credits would shrink a rolling cap. The cap's own percentage is not held against the month: a
     * history may come from before the library settled the agreement (example K's credits 150.00 USD
     * in a month its 10 % cap holds to 100.00 today).
     */
    private static boolean creditedMoreThanCharged(Agreement agreement, MonthRecord m) {
        LocalDate start = m.month().atDay(1).isBefore(agreement.effective().startInclusive())
                ? agreement.effective().startInclusive() : m.month().atDay(1);
        boolean shareOfFees = agreement.serviceLevelsAt(start).caps().perMonth()
                .filter(a -> a instanceof Amount.PercentOfValue).isPresent();
        return shareOfFees && m.credited().currency().equals(m.charged().currency())
                && m.credited().compareTo(m.charged()) > 0;
    }

    /** {@return a history of no earlier evaluations} */
    public static History empty() {
        return EMPTY;
    }

    /**
     * {@return the record of a month}
     *
     * @param month the calendar month
     */
    public Optional<MonthRecord> month(YearMonth month) {
        return months.stream().filter(m -> m.month().equals(month)).findFirst();
    }

    /**
     * {@return the record of an objective's window}
     *
     * @param objective the objective's id
     * @param window the window's dates
     */
    public Optional<WindowRecord> window(String objective, DateRange window) {
        return windows.stream().filter(w -> w.objective().equals(objective) && w.window().equals(window)).findFirst();
    }

    /**
     * {@return the records of an objective, in window order}
     *
     * @param objective the objective's id
     */
    public List<WindowRecord> windows(String objective) {
        return windows.stream().filter(w -> w.objective().equals(objective)).toList();
    }

    /**
     * The {@code n} windows of an objective that immediately precede {@code window}, oldest first,
     * when all of them are recorded back to back; empty when any is missing.
     *
     * @param objective the objective's id
     * @param window the window whose predecessors are wanted
     * @param n how many preceding windows; at least 1
     * @return the {@code n} preceding records, oldest first, or empty when any of them is missing
     */
    public Optional<List<WindowRecord>> preceding(String objective, DateRange window, int n) {
        List<WindowRecord> before = windows(objective).stream()
                .filter(w -> !w.window().endExclusive().isAfter(window.startInclusive())).toList();
        if (before.size() < n) {
            return Optional.empty();
        }
        List<WindowRecord> last = before.subList(before.size() - n, before.size());
        java.time.LocalDate expectedEnd = window.startInclusive();
        for (int i = last.size() - 1; i >= 0; i--) {
            if (!last.get(i).window().endExclusive().equals(expectedEnd)) {
                return Optional.empty();
            }
            expectedEnd = last.get(i).window().startInclusive();
        }
        return Optional.of(List.copyOf(last));
    }

    /**
     * {@return this history with more records}
     *
     * @param moreMonths the month records to add
     * @param moreWindows the window records to add
     */
    public History plus(List<MonthRecord> moreMonths, List<WindowRecord> moreWindows) {
        List<MonthRecord> m = new ArrayList<>(months);
        m.addAll(moreMonths);
        List<WindowRecord> w = new ArrayList<>(windows);
        w.addAll(moreWindows);
        return new History(m, w);
    }

    /** An amount a history records: what a decision settled, so never negative and in the minor unit. */
    private static void recorded(Money money, String field) {
        if (money.isNegative()) {
            throw Checks.fail("history", field, "must not be negative, was " + money);
        }
        InputLimits.moneyProblem(money).ifPresent(problem -> {
            throw Checks.fail("history", field, problem);
        });
    }

    /**
     * What one month cost and gave back.
     *
     * @param month    the calendar month
     * @param charged  the fees charged for it
     * @param credited the service credits issued in it (after caps)
     */
    @JsonExplicit
    public record MonthRecord(
            @JsonProperty("month") @JsonSerialize(using = ToStringSerializer.class)
            @JsonDeserialize(converter = JsonForms.TextToYearMonth.class) YearMonth month,
            @JsonProperty("charged") Money charged, @JsonProperty("credited") Money credited) {
        /**
         * Validates the fields.
         *
         * @param month the calendar month
         * @param charged the fees charged for it
         * @param credited the service credits issued in it (after caps)
         */
        public MonthRecord {
            Checks.present(month, "history", "month");
            Checks.present(charged, "history", "charged");
            Checks.present(credited, "history", "credited");
            if (!charged.currency().equals(credited.currency())) {
                throw Checks.fail("history", "credited", "is in " + credited.currency() + ", charged in " + charged.currency());
            }
            recorded(charged, "charged");
            recorded(credited, "credited");
        }
    }

    /**
     * How one window of an objective went.
     *
     * @param objective the objective
     * @param window    the window
     * @param met       whether the objective was met
     * @param credits   the credits issued for it that an earn-back can forgive
     */
    @JsonExplicit
    public record WindowRecord(@JsonProperty("objective") String objective, @JsonProperty("window") DateRange window,
                               @JsonProperty("met") boolean met, @JsonProperty("credits") List<IssuedCredit> credits) {
        /**
         * Validates the fields.
         *
         * @param objective the objective
         * @param window the window
         * @param met whether the objective was met
         * @param credits the credits issued for it that an earn-back can forgive
         */
        public WindowRecord {
            Checks.id(objective, "history", "objective");
            Checks.present(window, "history", "window");
            credits = Checks.list(credits, "history", "credits");
        }
    }

    /**
     * A credit issued for a window.
     *
     * @param decisionId the decision's id
     * @param clause     the clause it rests on
     * @param debtor     who paid it
     * @param creditor   who was credited
     * @param amount     the amount issued
     */
    @JsonExplicit
    public record IssuedCredit(@JsonProperty("decisionId") String decisionId, @JsonProperty("clause") String clause,
                               @JsonProperty("debtor") String debtor, @JsonProperty("creditor") String creditor,
                               @JsonProperty("amount") Money amount) {
        /**
         * Validates the fields.
         *
         * @param decisionId the decision's id
         * @param clause the clause it rests on
         * @param debtor who paid it
         * @param creditor who was credited
         * @param amount the amount issued
         */
        public IssuedCredit {
            Checks.name(decisionId, "history", "decisionId");
            Checks.id(clause, "history", "clause");
            Checks.id(debtor, "history", "debtor");
            Checks.id(creditor, "history", "creditor");
            Checks.present(amount, "history", "amount");
            recorded(amount, "amount");
        }
    }

    /**
     * A builder for a history: the way to build one in code, e.g. from a billing system's own
     * records of earlier months. Records may be added in any order; a month or window recorded
     * twice with the same content counts once.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link History}; {@link #build()} applies the same checks as the constructor.
     * Mutable, not thread-safe.
     */
    public static final class Builder {
        private final List<MonthRecord> months = new ArrayList<>();
        private final List<WindowRecord> windows = new ArrayList<>();

        private Builder() {
        }

        /**
         * Records what a month was charged and credited.
         *
         * @param month    the calendar month
         * @param charged  the fees charged for it
         * @param credited the service credits issued in it, after caps
         * @return this builder
         * @throws InvalidInputException when the two amounts are in different currencies
         */
        public Builder month(YearMonth month, Money charged, Money credited) {
            months.add(new MonthRecord(month, charged, credited));
            return this;
        }

        /**
         * Records how a window of an objective went.
         *
         * @param objective the objective's id
         * @param window    the window
         * @param met       whether the objective was met
         * @param credits   the credits issued for it that an earn-back can forgive
         * @return this builder
         */
        public Builder window(String objective, DateRange window, boolean met, IssuedCredit... credits) {
            windows.add(new WindowRecord(objective, window, met,
                    Checks.list(java.util.Arrays.asList(Checks.present(credits, "history", "credits")), "history",
                            "credits")));
            return this;
        }

        /**
         * Builds the history.
         *
         * @return the history
         * @throws InvalidInputException when a month or window is recorded twice with different content
         */
        public History build() {
            return new History(months, windows);
        }
    }
}
