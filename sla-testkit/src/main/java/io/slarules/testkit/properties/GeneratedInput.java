package io.slarules.testkit.properties;

import io.slarules.DelayAttribution;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.obligations.PenaltyClause;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import io.slarules.model.timeline.TimelineEvent;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * A generated agreement, the events of its timeline and the period that settles all of it: what
 * {@link SlaArbitraries} generates. {@link #toString()} writes it compactly, local times with their
 * offsets, so a shrunk counterexample can be rebuilt by hand.
 *
 * <p>Parties: a provider {@code prov}, a customer {@code cust} and a subcontractor {@code sub}
 * engaged by the provider; currency EUR.
 *
 * @param window    the zone and the effective days
 * @param agreement the agreement
 * @param events    the timeline's events, in the order they were generated
 * @param period    two whole calendar months covering every effective day: settles everything
 */
public record GeneratedInput(Specs.Window window, Agreement agreement, List<TimelineEvent> events, DateRange period) {

    /** The provider's id. */
    public static final String PROVIDER = "prov";
    /** The customer's id. */
    public static final String CUSTOMER = "cust";
    /** The id of the subcontractor the provider engaged. */
    public static final String SUBCONTRACTOR = "sub";
    /** The three parties, in the order raw party numbers (0, 1, 2) name them. */
    public static final List<String> PARTIES = List.of(PROVIDER, CUSTOMER, SUBCONTRACTOR);
    /** The agreements' currency. */
    public static final Currency EUR = Currency.getInstance("EUR");

    /**
     * Copies the events.
     *
     * @param window the zone and the effective days
     * @param agreement the agreement
     * @param events the timeline's events, in the order they were generated
     * @param period two whole calendar months covering every effective day: settles everything
     */
    public GeneratedInput {
        events = List.copyOf(events);
    }

    /** {@return the agreement's zone} */
    public ZoneId zone() {
        return window.zone();
    }

    /** {@return the timeline of the events} */
    public Timeline timeline() {
        return Timeline.of(events);
    }

    /**
     * {@return the same agreement and period with other events}
     *
     * @param other the events
     */
    public GeneratedInput withEvents(List<? extends TimelineEvent> other) {
        return new GeneratedInput(window, agreement, List.copyOf(other), period);
    }

    /**
     * {@return the same events and period with another agreement}
     *
     * @param other the agreement
     */
    public GeneratedInput withAgreement(Agreement other) {
        return new GeneratedInput(window, other, events, period);
    }

    /**
     * A builder of an agreement of the window with the three parties, to which obligations and clauses are added.
     *
     * @param window the zone and the effective days
     * @param holidays the agreement's holidays
     * @return the builder
     */
    public static Agreement.Builder agreementBuilder(Specs.Window window, List<LocalDate> holidays) {
        return Agreement.builder("PROP-" + window.zone().getId().replace('/', '-') + "-" + window.start())
                .zone(window.zone())
                .currency("EUR")
                .effective(DateRange.of(window.start(), window.effectiveEnd()))
                .holidays(holidays.toArray(LocalDate[]::new))
                .parties(Party.of(PROVIDER, "Provider", PartyRole.PROVIDER),
                        Party.of(CUSTOMER, "Customer", PartyRole.CUSTOMER),
                        Party.subcontractor(SUBCONTRACTOR, "Subcontractor", PROVIDER));
    }

    /**
     * Builds an input. With {@code causal}, no obligation is fulfilled before the obligations it
     * depends on (or its due date is relative to), and none while one of them is still open.
     *
     * @param spec the generated pieces
     * @param causal whether fulfilments follow the dependencies
     * @return the input
     */
    public static GeneratedInput of(Specs.InputSpec spec, boolean causal) {
        Specs.Window w = spec.window();
        List<LocalDate> holidays = spec.holidays().stream()
                .map(d -> w.start().plusDays(Math.floorMod(d, Specs.Window.DAYS))).toList();

        List<Obligation> obligations = new ArrayList<>();
        Map<String, Instant> fulfilled = new HashMap<>();
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < spec.obligations().size(); i++) {
            Specs.ObligationSpec o = spec.obligations().get(i);
            String id = "O" + (i + 1);
            String owner = PARTIES.get(Math.floorMod(o.owner(), 3));
            String beneficiary = owner.equals(CUSTOMER) ? PROVIDER : CUSTOMER;
            LinkedHashSet<String> deps = new LinkedHashSet<>();
            for (int raw : i > 0 ? o.dependsOn() : List.<Integer>of()) {
                deps.add("O" + (Math.floorMod(raw, i) + 1));
            }
            Due due = due(o.due(), i, w);
            obligations.add(new Obligation(id, owner, beneficiary, "", due, List.copyOf(deps)));

            Optional<Instant> at = o.fulfilled().map(t -> t.resolve(w));
            if (causal && at.isPresent()) {
                LinkedHashSet<String> edges = new LinkedHashSet<>(deps);
                if (due instanceof Due.AfterFulfilment after) {
                    edges.add(after.obligation());
                }
                Instant latest = at.get();
                for (String d : edges) {
                    Instant done = fulfilled.get(d);
                    if (done == null) {
                        latest = null;
                        break;
                    }
                    latest = done.isAfter(latest) ? done : latest;
                }
                at = Optional.ofNullable(latest);
            }
            if (at.isPresent()) {
                fulfilled.put(id, at.get());
                events.add(Fulfilment.of("F-" + id, id, at.get()));
            }
        }

        List<PenaltyClause> clauses = new ArrayList<>();
        for (int c = 0; c < spec.clauses().size(); c++) {
            Specs.ClauseSpec clause = spec.clauses().get(c);
            List<String> on = clause.obligations().stream()
                    .map(raw -> "O" + (Math.floorMod(raw, obligations.size()) + 1)).distinct().toList();
            clauses.add(clause("C" + (c + 1), clause, on));
        }

        for (int b = 0; b < spec.blocks().size(); b++) {
            Specs.BlockSpec block = spec.blocks().get(b);
            List<String> blocked = block.obligations().stream()
                    .map(raw -> "O" + (Math.floorMod(raw, obligations.size()) + 1)).distinct().toList();
            Instant start = block.start().resolve(w);
            events.add(new BlockedInterval("B" + (b + 1), blocked,
                    Interval.of(start, start.plusSeconds(60L * block.minutes())),
                    PARTIES.get(Math.floorMod(block.responsible(), 3)), "blocked " + (b + 1)));
        }
        for (int f = 0; f < spec.forceMajeure().size(); f++) {
            Specs.ForceMajeureSpec fm = spec.forceMajeure().get(f);
            Instant start = fm.start().resolve(w);
            events.add(ForceMajeure.of("FM" + (f + 1), Interval.of(start, start.plusSeconds(60L * fm.minutes())),
                    "force majeure " + (f + 1)));
        }

        Agreement agreement = agreementBuilder(w, holidays)
                .obligations(obligations.toArray(Obligation[]::new))
                .penalties(clauses.toArray(PenaltyClause[]::new))
                .concurrentDelay(spec.concurrentDelay())
                .build();
        return new GeneratedInput(w, agreement, events, DateRange.of(w.start(), w.periodEnd()));
    }

    private static Due due(Specs.DueSpec spec, int index, Specs.Window w) {
        Instant instant = spec.time().resolve(w);
        return switch (spec.kind()) {
            case ON_DATE -> Due.onDate(instant.atZone(w.zone()).toLocalDate());
            case AT_INSTANT -> Due.at(instant);
            case AFTER_FULFILMENT -> index == 0 ? Due.onDate(instant.atZone(w.zone()).toLocalDate())
                    : Due.after("O" + (Math.floorMod(spec.anchor(), index) + 1), spec.days(), spec.count());
        };
    }

    /**
     * {@return a clause on the given obligations; the spec's raw obligation indices are not used}
     *
     * @param id the clause's id
     * @param spec the clause's generated terms
     * @param obligations the ids of the obligations it prices
     */
    public static LiquidatedDamages clause(String id, Specs.ClauseSpec spec, List<String> obligations) {
        String debtor = spec.providerPays() ? PROVIDER : CUSTOMER;
        String creditor = spec.providerPays() ? CUSTOMER : PROVIDER;
        boolean needsValue = spec.rate().percent() || spec.cap().map(Specs.AmountSpec::percent).orElse(false);
        Optional<Money> value = needsValue || spec.statesValue()
                ? Optional.of(Money.of(spec.value(), EUR)) : Optional.empty();
        OptionalLong termination = spec.terminationAfter().map(t -> OptionalLong.of(t)).orElse(OptionalLong.empty());
        return new LiquidatedDamages(id, "clause " + id, debtor, creditor, obligations, value, amount(spec.rate()),
                spec.unit(), spec.rounding(), spec.cap().map(GeneratedInput::amount), termination);
    }

    private static Amount amount(Specs.AmountSpec spec) {
        return spec.percent() ? Amount.percentOfValue(spec.number())
                : Amount.of(Money.of(spec.number(), EUR));
    }

    /**
     * The delay of an attribution a debtor answers for: its own share and the shares of the
     * subcontractors it engaged (DESIGN.md section 4, rule 3).
     *
     * @param a an attribution
     * @param debtor the id of the party expected to pay
     * @return the delay the debtor answers for
     */
    public Duration answeredShare(DelayAttribution a, String debtor) {
        return a.shareOfAny(agreement.answeredBy(debtor));
    }

    /**
     * Local time with its offset, as a reader of the agreement's zone sees it.
     *
     * @param instant an instant
     * @return the local date-time with its offset
     */
    public String local(Instant instant) {
        return instant.atZone(zone()).toOffsetDateTime().toString();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("\nGenerated input: zone ").append(zone()).append(", effective ")
                .append(agreement.effective()).append(", period ").append(period)
                .append(", holidays ").append(agreement.holidays()).append(", concurrent delay ")
                .append(agreement.concurrentDelay().policy())
                .append(agreement.concurrentDelay().ownerSharePercent().map(p -> " " + p.toPlainString() + " %").orElse(""))
                .append('\n');
        for (Obligation o : agreement.obligations()) {
            s.append("  ").append(o.id()).append(" owed by ").append(o.owner()).append(" due ");
            if (o.due() instanceof Due.AtInstant at) {
                s.append(local(at.instant()));
            } else {
                s.append(o.due());
            }
            if (!o.dependsOn().isEmpty()) {
                s.append(" dependsOn ").append(o.dependsOn());
            }
            s.append('\n');
        }
        for (PenaltyClause p : agreement.penalties()) {
            LiquidatedDamages ld = (LiquidatedDamages) p;
            s.append("  clause ").append(ld.id()).append(": ").append(ld.debtor()).append(" pays ")
                    .append(ld.creditor()).append(" for ").append(ld.obligations()).append(' ')
                    .append(ld.rate()).append(" per ").append(ld.unit()).append(' ').append(ld.rounding())
                    .append(ld.value().map(v -> ", value " + v).orElse(""))
                    .append(ld.cap().map(c -> ", cap " + c).orElse(", no cap"))
                    .append(ld.terminationAfter().isPresent() ? ", termination after " + ld.terminationAfter().getAsLong() : "")
                    .append('\n');
        }
        for (TimelineEvent e : events) {
            s.append("  ").append(describe(e)).append('\n');
        }
        return s.toString();
    }

    /**
     * {@return one event in words, with local times}
     *
     * @param e an event
     */
    public String describe(TimelineEvent e) {
        if (e instanceof Fulfilment f) {
            return f.id() + ": " + f.obligation() + " fulfilled " + local(f.at());
        }
        if (e instanceof BlockedInterval b) {
            return b.id() + ": " + b.obligations() + " blocked by " + b.responsible() + " " + interval(b.interval());
        }
        ForceMajeure fm = (ForceMajeure) e;
        return fm.id() + ": force majeure " + interval(fm.interval());
    }

    private String interval(Interval i) {
        return "[" + local(i.startInclusive()) + ", " + local(i.endExclusive()) + ")";
    }

    /**
     * The events' ids, comma-separated.
     *
     * @param events the timeline's events, in the order they were generated
     * @return the ids
     */
    public static String ids(List<? extends TimelineEvent> events) {
        return events.stream().map(TimelineEvent::id).collect(Collectors.joining(", "));
    }
}
