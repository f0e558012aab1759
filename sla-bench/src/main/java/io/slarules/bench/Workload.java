package io.slarules.bench;

import io.slarules.EvaluationRequest;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementKind;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DayCount;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.obligations.PenaltyClause;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import io.slarules.model.time.Interval;
import io.slarules.model.timeline.BlockedInterval;
import io.slarules.model.timeline.ForceMajeure;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;
import io.slarules.model.timeline.TimelineEvent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The benchmarks' workload, generated deterministically from a fixed seed: request {@code i} is the
 * same on every run and every machine, and is generated on its own, so a stream of millions holds
 * none of them longer than it takes to evaluate it.
 *
 * <p>The <b>standard month</b> is a billing run of March 2026 over 100,000 agreements, each with 8 to
 * 12 obligations of the provider, its subcontractor and the customer (dependencies, relative and
 * absolute due dates, some late, some open), blocked intervals (some caused by the owner itself),
 * occasional force majeure, and liquidated-damages clauses: the provider's per-day damages (percent
 * of the value, often capped, sometimes with a termination right), the customer's standby fee, and
 * an hourly clause. It covers every capability the engine has today; cases and outages come with
 * the service-level issues.
 *
 * <p>{@link #withEvents(int)} builds one long-running agreement with a given number of timeline
 * events (a tenth of them obligations), for the scaling benchmark.
 */
public final class Workload {

    /** The seed of every generated request. */
    public static final long SEED = 20_260_301L;
    /** The seed of the service levels of every generated request of the standard month. */
    public static final long LEVELS_SEED = 20_260_315L;
    /** The month the standard run bills. */
    public static final YearMonth MONTH = YearMonth.of(2026, 3);
    /** The number of agreements of the standard month. */
    public static final int STANDARD_MONTH = 100_000;

    private static final DateRange YEAR = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
    private static final LocalDate FIRST_DUE = LocalDate.of(2026, 1, 5);
    private static final List<LocalDate> HOLIDAYS = List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 12, 25));
    private static final String PROVIDER = "provider";
    private static final String CUSTOMER = "customer";
    private static final String SUBCONTRACTOR = "subcontractor";

    /** A zone with the currency its agreements are in: summer time starts in March in two of them. */
    private record Locale(ZoneId zone, String currency, long valueScale, String standbyFee, String hourlyRate,
                          String hourlyCap) {
    }

    private static final List<Locale> LOCALES = List.of(
            new Locale(ZoneId.of("Europe/Berlin"), "EUR", 1, "150.00", "12.50", "1500.00"),
            new Locale(ZoneId.of("America/New_York"), "USD", 1, "175.00", "15.00", "1800.00"),
            new Locale(ZoneId.of("Europe/London"), "GBP", 1, "120.00", "10.00", "1200.00"),
            new Locale(ZoneId.of("Asia/Tokyo"), "JPY", 150, "22000", "1900", "230000"),
            new Locale(ZoneId.of("UTC"), "EUR", 1, "150.00", "12.50", "1500.00"));

    private Workload() {
    }

    /** Request {@code index} of the standard month. */
    public static EvaluationRequest standard(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative, was " + index);
        }
        SplittableRandom random = new SplittableRandom(SEED ^ (0x9E37_79B9_7F4A_7C15L * (index + 1L)));
        int obligations = 8 + random.nextInt(5);
        Shape shape = new Shape(String.format(java.util.Locale.ROOT, "AG-%07d", index), obligations, YEAR,
                FIRST_DUE, 110, 0.30, 0.08, 0.10);
        // the service levels draw from a source of their own: the deadline part stays what it was
        SplittableRandom levels = new SplittableRandom(LEVELS_SEED ^ (0x9E37_79B9_7F4A_7C15L * (index + 1L)));
        Generated g = generate(shape, random, Optional.of(levels));
        return new EvaluationRequest(g.agreement(), DateRange.ofMonth(MONTH), g.timeline(), g.history());
    }

    /** The first {@code count} requests of the standard month, generated as they are pulled. */
    public static Stream<EvaluationRequest> standardMonth(int count) {
        return IntStream.range(0, count).mapToObj(Workload::standard);
    }

    /** The first {@code count} requests of the standard month, generated now. */
    public static List<EvaluationRequest> standardSample(int count) {
        return standardMonth(count).toList();
    }

    /**
     * One agreement with about {@code events} timeline events: a tenth of them obligations (each
     * with a fulfilment, or open), the rest blocked intervals and a few force-majeure periods,
     * spread over a ten-year agreement evaluated as a whole, so every obligation is settled in it.
     */
    public static EvaluationRequest withEvents(int events) {
        if (events < 10) {
            throw new IllegalArgumentException("events must be at least 10, was " + events);
        }
        SplittableRandom random = new SplittableRandom(SEED ^ events);
        int obligations = Math.max(3, events / 10);
        DateRange decade = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2036, 1, 1));
        int span = (int) (decade.endExclusive().toEpochDay() - decade.startInclusive().toEpochDay()) - 200;
        // blocked intervals per obligation so that fulfilments + blocked + force majeure come to about `events`
        double blockedPerObligation = (events - obligations * 0.9 - events / 100.0) / obligations;
        Shape shape = new Shape("EV-" + events, obligations, decade, decade.startInclusive().plusDays(5), span,
                Math.min(1.0, blockedPerObligation), Math.max(0, blockedPerObligation - 1), 0);
        Generated g = generate(shape, random, Optional.empty());
        List<TimelineEvent> timeline = new ArrayList<>(g.timeline().events());
        int forceMajeure = events / 100;
        for (int i = 0; i < forceMajeure; i++) {
            LocalDate start = decade.startInclusive().plusDays(random.nextInt(span));
            timeline.add(ForceMajeure.of("FM-" + i, days(start, 1 + random.nextInt(4), g.agreement().zone()),
                    "storm"));
        }
        return EvaluationRequest.of(g.agreement(), decade, Timeline.of(timeline));
    }

    /**
     * What to generate.
     *
     * @param id                   the agreement's id
     * @param obligations          how many
     * @param effective            the agreement's effective period
     * @param firstDue             the earliest planned due date
     * @param dueSpan              the planned due dates spread over this many days from it
     * @param blockedShare         the share of obligations with a blocked interval
     * @param moreBlocked          the expected number of further blocked intervals per obligation
     * @param forceMajeureShare    the share of agreements with a force-majeure period
     */
    private record Shape(String id, int obligations, DateRange effective, LocalDate firstDue, int dueSpan,
                         double blockedShare, double moreBlocked, double forceMajeureShare) {
    }

    private record Generated(Agreement agreement, Timeline timeline, History history) {
    }

    private static Generated generate(Shape shape, SplittableRandom random, Optional<SplittableRandom> levels) {
        Locale locale = LOCALES.get(random.nextInt(LOCALES.size()));
        ZoneId zone = locale.zone();
        boolean subcontracted = random.nextDouble() < 0.5;
        List<Party> parties = new ArrayList<>(List.of(Party.of(PROVIDER, "Provider Ltd", PartyRole.PROVIDER),
                Party.of(CUSTOMER, "Customer plc", PartyRole.CUSTOMER)));
        if (subcontracted) {
            parties.add(Party.subcontractor(SUBCONTRACTOR, "Subcontractor GmbH", PROVIDER));
        }

        int n = shape.obligations();
        String[] ids = new String[n];
        String[] owners = new String[n];
        LocalDate[] planned = new LocalDate[n];
        Instant[] done = new Instant[n];
        List<Obligation> obligations = new ArrayList<>(n);
        List<TimelineEvent> events = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            ids[k] = String.format(java.util.Locale.ROOT, "OB-%04d", k + 1);
            double who = random.nextDouble();
            owners[k] = who < 0.5 ? PROVIDER : who < 0.85 ? CUSTOMER : subcontracted ? SUBCONTRACTOR : PROVIDER;
            String beneficiary = owners[k].equals(CUSTOMER) ? PROVIDER : CUSTOMER;
            planned[k] = shape.firstDue().plusDays((long) k * shape.dueSpan() / n + random.nextInt(10));

            List<Integer> dependencies = dependencies(k, random);
            List<String> dependsOn = dependencies.stream().map(d -> ids[d]).toList();
            Due due = Due.onDate(planned[k]);
            double form = random.nextDouble();
            if (k > 0 && form < 0.10) {
                int anchor = dependencies.isEmpty() ? Math.max(0, k - 1 - random.nextInt(Math.min(k, 5)))
                        : dependencies.get(random.nextInt(dependencies.size()));
                due = Due.after(ids[anchor], 3 + random.nextInt(13),
                        random.nextBoolean() ? DayCount.BUSINESS : DayCount.CALENDAR);
            } else if (form < 0.20) {
                due = Due.at(planned[k].atTime(17, 0).atZone(zone).toInstant());
            }
            obligations.add(new Obligation(ids[k], owners[k], beneficiary, "", due, dependsOn));

            Instant ready = null;
            boolean waiting = false;
            for (int d : dependencies) {
                if (done[d] == null) {
                    waiting = true;
                } else if (ready == null || done[d].isAfter(ready)) {
                    ready = done[d];
                }
            }
            boolean fulfilled = waiting ? random.nextDouble() < 0.2 : random.nextDouble() < 0.9;
            if (fulfilled) {
                LocalDate day = random.nextDouble() < 0.45 ? planned[k].minusDays(random.nextInt(5))
                        : planned[k].plusDays(1 + random.nextInt(25));
                if (ready != null) {
                    LocalDate earliest = ready.atZone(zone).toLocalDate().plusDays(1 + random.nextInt(4));
                    day = day.isBefore(earliest) ? earliest : day;
                }
                done[k] = random.nextDouble() < 0.75 ? day.plusDays(1).atStartOfDay(zone).toInstant()
                        : day.atTime(9 + random.nextInt(10), 0).atZone(zone).toInstant();
                events.add(Fulfilment.of("F-" + (k + 1), ids[k], done[k]));
            }

            double blocks = random.nextDouble() < shape.blockedShare() ? 1 + shape.moreBlocked() : 0;
            int count = (int) blocks + (random.nextDouble() < blocks - (int) blocks ? 1 : 0);
            for (int b = 0; b < count; b++) {
                events.add(blocked(ids, owners, k, planned[k], b, subcontracted, zone, random));
            }
        }
        if (random.nextDouble() < shape.forceMajeureShare()) {
            LocalDate start = shape.firstDue().plusDays(random.nextInt(shape.dueSpan()));
            events.add(ForceMajeure.of("FM-1", days(start, 1 + random.nextInt(4), zone), "flood"));
        }

        Optional<ServiceLevelWorkload.Part> part = levels.map(r -> ServiceLevelWorkload.generate(r, zone,
                locale.currency(), locale.valueScale(), HOLIDAYS, PROVIDER, CUSTOMER,
                subcontracted ? Optional.of(SUBCONTRACTOR) : Optional.empty()));
        part.ifPresent(p -> events.addAll(p.events()));
        RoundingMode rounding = random.nextDouble() < 0.7 ? RoundingMode.HALF_EVEN
                : random.nextBoolean() ? RoundingMode.HALF_UP : RoundingMode.DOWN;
        Agreement agreement = Agreement.builder(shape.id())
                .kind(AgreementKind.CUSTOMER_BASED)
                .parties(parties.toArray(Party[]::new))
                .zone(zone)
                .currency(locale.currency())
                .effective(shape.effective())
                .holidays(HOLIDAYS.toArray(LocalDate[]::new))
                .moneyRounding(rounding)
                .obligations(obligations.toArray(Obligation[]::new))
                .penalties(clauses(ids, owners, locale, random).toArray(PenaltyClause[]::new))
                .serviceLevels(part.map(ServiceLevelWorkload.Part::levels).orElse(ServiceLevels.NONE))
                .build();
        return new Generated(agreement, Timeline.of(events), part.map(ServiceLevelWorkload.Part::history)
                .orElse(History.empty()));
    }

    /** None, one or two of the (at most ten) obligations before {@code k}. */
    private static List<Integer> dependencies(int k, SplittableRandom random) {
        if (k == 0) {
            return List.of();
        }
        double draw = random.nextDouble();
        int count = draw < 0.3 ? 0 : draw < 0.8 ? 1 : 2;
        List<Integer> chosen = new ArrayList<>(2);
        for (int i = 0; i < count; i++) {
            int d = k - 1 - random.nextInt(Math.min(k, 10));
            if (!chosen.contains(d)) {
                chosen.add(d);
            }
        }
        return chosen;
    }

    private static BlockedInterval blocked(String[] ids, String[] owners, int k, LocalDate planned, int nth,
                                           boolean subcontracted, ZoneId zone, SplittableRandom random) {
        String owner = owners[k];
        double who = random.nextDouble();
        String responsible = who < 0.15 ? owner
                : who < 0.30 && subcontracted && !owner.equals(SUBCONTRACTOR) ? SUBCONTRACTOR
                : owner.equals(CUSTOMER) ? PROVIDER : CUSTOMER;
        List<String> obligations = new ArrayList<>(2);
        obligations.add(ids[k]);
        if (k > 0 && random.nextDouble() < 0.15) {
            obligations.add(ids[k - 1]);
        }
        Interval interval;
        if (random.nextDouble() < 0.2) {
            Instant start = planned.minusDays(random.nextInt(20)).atTime(9, 0).atZone(zone).toInstant();
            interval = Interval.of(start, start.plusSeconds(3600L * (2 + random.nextInt(29))));
        } else {
            interval = days(planned.minusDays(random.nextInt(25)), 1 + random.nextInt(6), zone);
        }
        return new BlockedInterval("B-" + (k + 1) + "-" + (nth + 1), obligations, interval, responsible,
                responsible.equals(CUSTOMER) ? "waiting for the customer" : "waiting for a supplier");
    }

    private static List<PenaltyClause> clauses(String[] ids, String[] owners, Locale locale, SplittableRandom random) {
        List<String> providers = new ArrayList<>();
        List<String> customers = new ArrayList<>();
        for (int k = 0; k < ids.length; k++) {
            (owners[k].equals(CUSTOMER) ? customers : providers).add(ids[k]);
        }
        String currency = locale.currency();
        List<PenaltyClause> clauses = new ArrayList<>();
        if (!providers.isEmpty()) {
            long value = (50 + random.nextInt(451)) * 1000L * locale.valueScale();
            Money contractValue = Money.of(BigDecimal.valueOf(value).setScale(
                    Math.max(0, java.util.Currency.getInstance(currency).getDefaultFractionDigits())).toPlainString(),
                    currency);
            BigDecimal percent = new BigDecimal(List.of("0.25", "0.5", "1").get(random.nextInt(3)));
            Optional<Amount> cap = random.nextDouble() < 0.7 ? Optional.of(Amount.percentOfValue(BigDecimal.TEN))
                    : Optional.empty();
            OptionalLong termination = random.nextDouble() < 0.4 ? OptionalLong.of(30) : OptionalLong.empty();
            clauses.add(new LiquidatedDamages("12.1", "Delay in delivery", PROVIDER, CUSTOMER, providers,
                    Optional.of(contractValue), Amount.percentOfValue(percent), DelayUnit.DAYS,
                    random.nextDouble() < 0.8 ? DelayRounding.UP : DelayRounding.DOWN, cap, termination));
            if (random.nextDouble() < 0.25) {
                List<String> covered = providers.subList(0, (providers.size() + 1) / 2);
                clauses.add(new LiquidatedDamages("12.2", "Hourly delay of milestones", PROVIDER, CUSTOMER, covered,
                        Optional.empty(), Amount.of(Money.of(locale.hourlyRate(), currency)), DelayUnit.HOURS,
                        DelayRounding.UP, Optional.of(Amount.of(Money.of(locale.hourlyCap(), currency))),
                        OptionalLong.empty()));
            }
        }
        if (!customers.isEmpty() && random.nextDouble() < 0.5) {
            clauses.add(new LiquidatedDamages("14.1", "Standby fee", CUSTOMER, PROVIDER, customers,
                    Optional.empty(), Amount.of(Money.of(locale.standbyFee(), currency)), DelayUnit.DAYS,
                    DelayRounding.DOWN, Optional.empty(), OptionalLong.empty()));
        }
        return clauses;
    }

    private static Interval days(LocalDate start, int days, ZoneId zone) {
        return Interval.of(start.atStartOfDay(zone).toInstant(), start.plusDays(days).atStartOfDay(zone).toInstant());
    }
}
