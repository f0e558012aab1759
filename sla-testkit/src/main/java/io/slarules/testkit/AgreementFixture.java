package io.slarules.testkit;

import io.slarules.InvalidInputException;
import io.slarules.model.Agreement;
import io.slarules.model.AgreementKind;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.ConcurrentDelay;
import io.slarules.model.obligations.DayCount;
import io.slarules.model.obligations.DelayRounding;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.LiquidatedDamages;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.obligations.PenaltyClause;
import io.slarules.model.time.DateRange;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Builds an {@link Agreement} for a test in a few lines, every field not given taking a sensible
 * default. Start with {@link Fixtures#agreement()}:
 *
 * <pre>{@code
 * Agreement agreement = Fixtures.agreement()
 *         .provider("northwind").customer("client-b")
 *         .obligation("SPEC-1").owedBy("client-b").due("2026-03-02")
 *         .obligation("DELIVERY-1").due("2026-03-30").dependsOn("SPEC-1")
 *         .damages("12.1").on("DELIVERY-1").value("200000.00 EUR").rate("0.5 %").cap("10 %")
 *         .build();
 * }</pre>
 *
 * <p>Defaults: id {@code TEST-AGREEMENT}, kind {@code CUSTOMER_BASED}, zone UTC, currency EUR,
 * effective for 2026 ({@code [2026-01-01, 2027-01-01)}), no holidays, rounding {@code HALF_EVEN},
 * concurrent delay {@code EXCUSE_OVERLAP};
 * a provider {@code provider} and a customer {@code customer}. An obligation is owed by the
 * provider to the other party; a liquidated-damages clause makes the provider pay the customer for
 * started days ({@code UP}) of delay on every obligation the debtor owes, without cap. Settings of
 * the agreement come first; then its obligations and clauses, each set up by the calls after it.
 * Mutable, not thread-safe; {@link #build()} validates and gives an immutable agreement.
 */
public final class AgreementFixture {

    private final String id;
    private AgreementKind kind = AgreementKind.CUSTOMER_BASED;
    private ZoneId zone = ZoneId.of("UTC");
    private String currency = "EUR";
    private DateRange effective = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
    private final List<LocalDate> holidays = new ArrayList<>();
    private RoundingMode moneyRounding = RoundingMode.HALF_EVEN;
    private ConcurrentDelay concurrentDelay = ConcurrentDelay.excuseOverlap();
    private String provider = "provider";
    private String customer = "customer";
    private final Map<String, Party> parties = new LinkedHashMap<>();
    private final List<ObligationStep> obligations = new ArrayList<>();
    private final List<DamagesStep> clauses = new ArrayList<>();

    AgreementFixture(String id) {
        this.id = Objects.requireNonNull(id, "id");
    }

    /**
     * The provider's id (named after it); replaces the default {@code provider}.
     *
     * @param partyId the provider's id
     * @return this fixture, for further settings
     */
    public AgreementFixture provider(String partyId) {
        this.provider = Objects.requireNonNull(partyId, "partyId");
        return this;
    }

    /**
     * The customer's id (named after it); replaces the default {@code customer}.
     *
     * @param partyId the customer's id
     * @return this fixture, for further settings
     */
    public AgreementFixture customer(String partyId) {
        this.customer = Objects.requireNonNull(partyId, "partyId");
        return this;
    }

    /**
     * Adds a subcontractor engaged by (and answered for by) the party {@code engagedBy}.
     *
     * @param partyId the subcontractor's id
     * @param engagedBy the id of the party that engaged it
     * @return this fixture, for further settings
     */
    public AgreementFixture subcontractor(String partyId, String engagedBy) {
        return party(Party.subcontractor(partyId, partyId, engagedBy));
    }

    /**
     * Adds any party, e.g. an internal unit; a party with the provider's or customer's id replaces it.
     *
     * @param party the party
     * @return this fixture, for further settings
     */
    public AgreementFixture party(Party party) {
        parties.put(party.id(), Objects.requireNonNull(party, "party"));
        return this;
    }

    /**
     * Sets the kind.
     *
     * @param kind the agreement's structure
     * @return this fixture, for further settings
     */
    public AgreementFixture kind(AgreementKind kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
        return this;
    }

    /**
     * Sets the zone dates are read in, e.g. {@code "Europe/Berlin"}.
     *
     * @param zoneId the zone's id
     * @return this fixture, for further settings
     */
    public AgreementFixture zone(String zoneId) {
        this.zone = ZoneId.of(zoneId);
        return this;
    }

    /**
     * Sets the currency by its ISO 4217 code.
     *
     * @param code the currency's code, e.g. {@code "EUR"}
     * @return this fixture, for further settings
     */
    public AgreementFixture currency(String code) {
        this.currency = Objects.requireNonNull(code, "code");
        return this;
    }

    /**
     * Sets the effective period, {@code to} exclusive: {@code effective("2026-03-01", "2027-03-01")}.
     *
     * @param from the first effective date, {@code yyyy-mm-dd}
     * @param to the date after the last effective one, {@code yyyy-mm-dd}
     * @return this fixture, for further settings
     */
    public AgreementFixture effective(String from, String to) {
        this.effective = DateRange.of(LocalDate.parse(from), LocalDate.parse(to));
        return this;
    }

    /**
     * Adds holidays ({@code yyyy-mm-dd}), which are not business days.
     *
     * @param dates the holidays, {@code yyyy-mm-dd}
     * @return this fixture, for further settings
     */
    public AgreementFixture holidays(String... dates) {
        for (String d : dates) {
            holidays.add(LocalDate.parse(d));
        }
        return this;
    }

    /**
     * Sets how decision amounts are rounded to the currency's minor unit.
     *
     * @param mode how a decision's amount is rounded
     * @return this fixture, for further settings
     */
    public AgreementFixture moneyRounding(RoundingMode mode) {
        this.moneyRounding = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /**
     * Sets the concurrent-delay policy: a built-in name ({@code EXCUSE_OVERLAP}, the default;
     * {@code APPORTION}, equally; {@code FIRST_IN_TIME}) or a rule pack's ({@code pack-id.NAME}).
     *
     * @param policy the policy's name
     * @return this fixture, for further settings
     */
    public AgreementFixture concurrentDelay(String policy) {
        return concurrentDelay(ConcurrentDelay.of(Objects.requireNonNull(policy, "policy")));
    }

    /**
     * Sets the concurrent-delay policy, e.g. {@code ConcurrentDelay.apportion(new BigDecimal("60"))}.
     *
     * @param policy the policy
     * @return this fixture, for further settings
     */
    public AgreementFixture concurrentDelay(ConcurrentDelay policy) {
        this.concurrentDelay = Objects.requireNonNull(policy, "policy");
        return this;
    }

    /**
     * Adds an obligation, owed by the provider to the other party until said otherwise; set its due date next.
     *
     * @param obligationId the obligation's id, unique within the agreement
     * @return the step that sets the new obligation's terms
     */
    public ObligationStep obligation(String obligationId) {
        ObligationStep step = new ObligationStep(obligationId);
        obligations.add(step);
        return step;
    }

    /**
     * Adds a liquidated-damages clause with this id; set its rate next.
     *
     * @param clauseId the clause's id, e.g. {@code "12.1"}
     * @return the step that sets the new clause's terms
     */
    public DamagesStep damages(String clauseId) {
        DamagesStep step = new DamagesStep(clauseId);
        clauses.add(step);
        return step;
    }

    /**
     * Builds the agreement.
     *
     * @throws InvalidInputException listing every problem, as an agreement file would
     * @return the agreement, valid from birth
     */
    public Agreement build() {
        Map<String, Party> all = new LinkedHashMap<>();
        all.put(provider, Party.of(provider, provider, PartyRole.PROVIDER));
        all.put(customer, Party.of(customer, customer, PartyRole.CUSTOMER));
        all.putAll(parties);
        List<Obligation> built = obligations.stream().map(ObligationStep::toObligation).toList();
        return new Agreement(id, kind, List.copyOf(all.values()), zone, Currency.getInstance(currency),
                effective, holidays, moneyRounding, built,
                clauses.stream().<PenaltyClause>map(c -> c.toClause(built)).toList(), concurrentDelay);
    }

    /** One obligation being set up; the agreement's own steps go on from here. */
    public final class ObligationStep {
        private final String id;
        private String owner;
        private String beneficiary;
        private String description = "";
        private Due due;
        private final List<String> dependsOn = new ArrayList<>();

        private ObligationStep(String id) {
            this.id = Objects.requireNonNull(id, "obligationId");
        }

        /**
         * The party that owes it; the beneficiary becomes the other of provider and customer.
         *
         * @param party the id of the party that owes it
         * @return this step, for further terms of the obligation
         */
        public ObligationStep owedBy(String party) {
            this.owner = Objects.requireNonNull(party, "party");
            return this;
        }

        /**
         * The party it is owed to.
         *
         * @param party the id of the party it is owed to
         * @return this step, for further terms of the obligation
         */
        public ObligationStep to(String party) {
            this.beneficiary = Objects.requireNonNull(party, "party");
            return this;
        }

        /**
         * What is owed, for explanations.
         *
         * @param text the description
         * @return this step, for further terms of the obligation
         */
        public ObligationStep description(String text) {
            this.description = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Due by the end of a date ({@code "2026-03-30"}) in the agreement's zone, or by an instant
         * ({@code "2026-03-30T17:00:00+02:00"}, or {@code "2026-03-30T17:00"} in the agreement's zone).
         *
         * @param dateOrInstant the due date or instant, as text
         * @return this step, for further terms of the obligation
         */
        public ObligationStep due(String dateOrInstant) {
            this.due = FixtureValues.isDate(dateOrInstant) ? Due.onDate(LocalDate.parse(dateOrInstant))
                    : Due.at(FixtureValues.instant(dateOrInstant, zone, false));
            return this;
        }

        /**
         * Due by the end of the day {@code days} calendar days after {@code obligation} is fulfilled.
         *
         * @param obligation the obligation's id
         * @param days how many calendar days after that fulfilment's day
         * @return this step, for further terms of the obligation
         */
        public ObligationStep dueAfter(String obligation, int days) {
            this.due = Due.after(obligation, days, DayCount.CALENDAR);
            return this;
        }

        /**
         * Due by the end of the day {@code days} business days after {@code obligation} is fulfilled.
         *
         * @param obligation the obligation's id
         * @param days how many business days after that fulfilment's day
         * @return this step, for further terms of the obligation
         */
        public ObligationStep dueAfterBusinessDays(String obligation, int days) {
            this.due = Due.after(obligation, days, DayCount.BUSINESS);
            return this;
        }

        /**
         * Obligations that must be fulfilled before this one can progress.
         *
         * @param obligations the ids of the obligations it depends on
         * @return this step, for further terms of the obligation
         */
        public ObligationStep dependsOn(String... obligations) {
            dependsOn.addAll(List.of(obligations));
            return this;
        }

        /**
         * Adds the next obligation.
         *
         * @param obligationId the next obligation's id, unique within the agreement
         * @return the step that sets the new obligation's terms
         */
        public ObligationStep obligation(String obligationId) {
            return AgreementFixture.this.obligation(obligationId);
        }

        /**
         * Adds a liquidated-damages clause.
         *
         * @param clauseId the clause's id, e.g. {@code "12.1"}
         * @return the step that sets the new clause's terms
         */
        public DamagesStep damages(String clauseId) {
            return AgreementFixture.this.damages(clauseId);
        }

        /**
         * Builds the agreement.
         *
         * @return the agreement, valid from birth
         */
        public Agreement build() {
            return AgreementFixture.this.build();
        }

        private Obligation toObligation() {
            String by = owner == null ? provider : owner;
            String of = beneficiary != null ? beneficiary : by.equals(customer) ? provider : customer;
            if (due == null) {
                throw new IllegalStateException("obligation " + id + " has no due date: call due(...) or dueAfter(...)");
            }
            return Obligation.builder(id).owner(by).beneficiary(of).description(description).due(due)
                    .dependsOn(dependsOn.toArray(String[]::new)).build();
        }
    }

    /** One liquidated-damages clause being set up; the agreement's own steps go on from here. */
    public final class DamagesStep {
        private final String id;
        private String title = "";
        private String debtor;
        private String creditor;
        private final List<String> on = new ArrayList<>();
        private Money value;
        private Amount rate;
        private DelayUnit unit = DelayUnit.DAYS;
        private DelayRounding rounding = DelayRounding.UP;
        private Amount cap;
        private OptionalLong terminationAfter = OptionalLong.empty();

        private DamagesStep(String id) {
            this.id = Objects.requireNonNull(id, "clauseId");
        }

        /**
         * The clause's title, for explanations.
         *
         * @param text the title
         * @return this step, for further terms of the clause
         */
        public DamagesStep title(String text) {
            this.title = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * The party whose attributed delay is priced and who pays; the provider by default.
         *
         * @param party the id of the party that pays
         * @return this step, for further terms of the clause
         */
        public DamagesStep owedBy(String party) {
            this.debtor = Objects.requireNonNull(party, "party");
            return this;
        }

        /**
         * The party paid; the other of provider and customer by default.
         *
         * @param party the id of the party paid
         * @return this step, for further terms of the clause
         */
        public DamagesStep to(String party) {
            this.creditor = Objects.requireNonNull(party, "party");
            return this;
        }

        /**
         * The obligations whose delay the clause prices; every obligation the debtor owes by default.
         *
         * @param obligations the ids of the obligations priced
         * @return this step, for further terms of the clause
         */
        public DamagesStep on(String... obligations) {
            on.addAll(List.of(obligations));
            return this;
        }

        /**
         * The stated value percentages refer to, e.g. {@code "200000.00 EUR"}.
         *
         * @param money the value with its currency code
         * @return this step, for further terms of the clause
         */
        public DamagesStep value(String money) {
            this.value = Money.parse(money);
            return this;
        }

        /**
         * The price of a unit of delay: {@code "0.5 %"} of the value or an amount, {@code "1000.00 EUR"}.
         *
         * @param amountOrPercent a percentage of the value or an amount with its currency code
         * @return this step, for further terms of the clause
         */
        public DamagesStep rate(String amountOrPercent) {
            this.rate = FixtureValues.amount(amountOrPercent);
            return this;
        }

        /**
         * Delay is counted in hours (days by default).
         *
         * @return this step, for further terms of the clause
         */
        public DamagesStep perHour() {
            this.unit = DelayUnit.HOURS;
            return this;
        }

        /**
         * Delay is counted in calendar days (the default).
         *
         * @return this step, for further terms of the clause
         */
        public DamagesStep perDay() {
            this.unit = DelayUnit.DAYS;
            return this;
        }

        /**
         * Only whole units count ({@code DOWN}); by default a started unit counts ({@code UP}).
         *
         * @return this step, for further terms of the clause
         */
        public DamagesStep wholeUnitsOnly() {
            this.rounding = DelayRounding.DOWN;
            return this;
        }

        /**
         * The most the clause can cost over the agreement's life: {@code "10 %"} of the value or an amount.
         *
         * @param amountOrPercent a percentage of the value or an amount with its currency code
         * @return this step, for further terms of the clause
         */
        public DamagesStep cap(String amountOrPercent) {
            this.cap = FixtureValues.amount(amountOrPercent);
            return this;
        }

        /**
         * The creditor may terminate once the attributed delay is strictly more than this many units.
         *
         * @param units the number of units the attributed delay must exceed
         * @return this step, for further terms of the clause
         */
        public DamagesStep terminationAfter(long units) {
            this.terminationAfter = OptionalLong.of(units);
            return this;
        }

        /**
         * Adds an obligation.
         *
         * @param obligationId the obligation's id, unique within the agreement
         * @return the step that sets the new obligation's terms
         */
        public ObligationStep obligation(String obligationId) {
            return AgreementFixture.this.obligation(obligationId);
        }

        /**
         * Adds the next liquidated-damages clause.
         *
         * @param clauseId the next clause's id
         * @return the step that sets the new clause's terms
         */
        public DamagesStep damages(String clauseId) {
            return AgreementFixture.this.damages(clauseId);
        }

        /**
         * Builds the agreement.
         *
         * @return the agreement, valid from birth
         */
        public Agreement build() {
            return AgreementFixture.this.build();
        }

        private LiquidatedDamages toClause(List<Obligation> all) {
            if (rate == null) {
                throw new IllegalStateException("clause " + id + " has no rate: call rate(\"0.5 %\") or rate(\"1000.00 EUR\")");
            }
            String by = debtor == null ? provider : debtor;
            String of = creditor != null ? creditor : by.equals(customer) ? provider : customer;
            List<String> obligations = on.isEmpty()
                    ? all.stream().filter(o -> o.owner().equals(by)).map(Obligation::id).toList() : on;
            LiquidatedDamages.Builder clause = LiquidatedDamages.builder(id).title(title).debtor(by).creditor(of)
                    .obligations(obligations.toArray(String[]::new)).rate(rate).unit(unit).rounding(rounding);
            // the model's builder takes no null for "none": a value, a cap and a threshold only when given
            Optional.ofNullable(value).ifPresent(clause::value);
            Optional.ofNullable(cap).ifPresent(clause::cap);
            terminationAfter.ifPresent(clause::terminationAfter);
            return clause.build();
        }
    }
}
