package io.slarules.report.friction;

import io.slarules.CaseResult;
import io.slarules.Cause;
import io.slarules.CreditDecision;
import io.slarules.CreditKind;
import io.slarules.DelayAttribution;
import io.slarules.Evaluation;
import io.slarules.ObjectiveResult;
import io.slarules.PenaltyDecision;
import io.slarules.Responsible;
import io.slarules.Segment;
import io.slarules.Share;
import io.slarules.UnitShare;
import io.slarules.files.Agreements;
import io.slarules.model.Agreement;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.money.Money;
import io.slarules.model.obligations.DelayUnit;
import io.slarules.model.obligations.Due;
import io.slarules.model.obligations.Obligation;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.MetricKind;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.Fulfilment;
import io.slarules.model.timeline.Timeline;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A small portfolio worked out by hand, shaped as the engine shapes its results: example A
 * (Northwind), a hosting agreement with a subcontractor, and an internal chain of quotas.
 */
final class Portfolios {

    static final DateRange MARCH = DateRange.ofMonth(YearMonth.of(2026, 3));
    static final DateRange WHOLE_YEAR = DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 3, 1));
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Portfolios() {
    }

    /** End of a day in Berlin: the instant a date-only due date or fulfilment means. */
    static Instant endOf(int month, int day) {
        return LocalDate.of(2026, month, day).plusDays(1).atStartOfDay(BERLIN).toInstant();
    }

    static Agreement northwindAgreement() {
        return Agreement.builder("NW-CB-2026")
                .zone(BERLIN).currency("EUR").effective(WHOLE_YEAR)
                .parties(Party.of("northwind", "Northwind IT", PartyRole.PROVIDER),
                        Party.of("client-b", "Client B", PartyRole.CUSTOMER))
                .obligations(Obligation.of("SPEC-1", "client-b", "northwind", "specifications",
                                Due.onDate(LocalDate.of(2026, 3, 2))),
                        Obligation.of("DELIVERY-1", "northwind", "client-b", "delivery",
                                Due.onDate(LocalDate.of(2026, 3, 30))).withDependsOn("SPEC-1"))
                .build();
    }

    static Timeline northwindTimeline() {
        return Timeline.of(Fulfilment.of("F-1", "SPEC-1", endOf(3, 23)), Fulfilment.of("F-2", "DELIVERY-1", endOf(4,
                24)));
    }

    private static Segment own(String party, Duration length, String origin) {
        return Segment.of(Responsible.party(party), length, Cause.OWN_DELAY, origin, Optional.empty(),
                Optional.empty(), "", List.of(), List.of("attribute: own delay"));
    }

    /**
     * Example A over the whole effective period, as the engine settles it: SPEC-1 due 03-02,
     * fulfilled 03-23, 21 days late, Client B's own; DELIVERY-1 due 03-30, fulfilled 04-24, 25 days
     * late: the 21 days SPEC-1 shifted it by (Client B's, passed on from SPEC-1) and 4 days of
     * Northwind's own; clause 12.1: 4 x 0.5 % x 200,000.00 = 4,000.00 EUR from Northwind to Client B.
     */
    static EvaluatedAgreement northwindWholePeriod() {
        DelayAttribution spec = DelayAttribution.of("SPEC-1", "client-b", endOf(3, 2), Optional.of(endOf(3, 23)),
                endOf(3, 23), List.of(own("client-b", Duration.ofDays(21), "SPEC-1")));
        Segment shifted = own("client-b", Duration.ofDays(21), "SPEC-1")
                .passedOnFrom("SPEC-1", "attribute: late dependency shifts due date");
        DelayAttribution delivery = DelayAttribution.of("DELIVERY-1", "northwind", endOf(3, 30),
                Optional.of(endOf(4, 24)), endOf(4, 24), List.of(shifted, own("northwind", Duration.ofDays(4),
                        "DELIVERY-1")));
        PenaltyDecision penalty = PenaltyDecision.builder().id("PD-1").clause("12.1").subject("DELIVERY-1")
                .debtor("northwind").creditor("client-b").amount(Money.of("4000.00", "EUR"))
                .priced(Money.of("4000.00", "EUR")).delay(4).unit(DelayUnit.DAYS).capped(false)
                        .terminationRight(false)
                .rules(List.of("penalise: liquidated damages")).explanation("4 days x 1,000.00 EUR").build();
        Evaluation evaluation = Evaluation.builder().agreementId("NW-CB-2026").period(WHOLE_YEAR).asOf(endOf(2, 28)
                .plus(Duration.ofDays(365))).attributions(List.of(spec, delivery)).penalties(List.of(penalty))
                .explanation("by hand").build();
        return EvaluatedAgreement.of(northwindAgreement(), northwindTimeline(), evaluation);
    }

    /**
     * Example A for March only: SPEC-1 settles (21 days, Client B's); DELIVERY-1 is open and late
     * by one day at the end of March (due 03-30, as of 04-01), provisional, so it is left out.
     */
    static EvaluatedAgreement northwindMarch() {
        Instant asOf = MARCH.toInterval(BERLIN).endExclusive();
        DelayAttribution spec = DelayAttribution.of("SPEC-1", "client-b", endOf(3, 2), Optional.of(endOf(3, 23)),
                endOf(3, 23), List.of(own("client-b", Duration.ofDays(21), "SPEC-1")));
        DelayAttribution delivery = DelayAttribution.of("DELIVERY-1", "northwind", endOf(3, 30), Optional.empty(),
                asOf, List.of(own("client-b", Duration.between(endOf(3, 30), asOf), "SPEC-1")
                        .passedOnFrom("SPEC-1", "attribute: late dependency shifts due date")));
        Evaluation evaluation = Evaluation.builder().agreementId("NW-CB-2026").period(MARCH).asOf(asOf)
                .attributions(List.of(spec, delivery)).penalties(List.of()).explanation("by hand").build();
        return EvaluatedAgreement.of(northwindAgreement(), northwindTimeline(), evaluation);
    }

    static final String HOSTING_YAML = """
            id: HOST-Y
            zone: UTC
            currency: USD
            effective: {from: 2026-01-01, to: 2027-01-01}
            parties:
              - {id: acme, name: Acme Hosting, role: PROVIDER}
              - {id: client-y, name: Client Y, role: CUSTOMER}
              - {id: dc, name: "Data Centre, Inc.", role: SUBCONTRACTOR, engagedBy: acme}
            services:
              - {id: web, name: Web hosting, monthlyFee: "1000.00 USD"}
            objectives:
              - {kind: AVAILABILITY, id: AVAIL-WEB, service: web, obligated: acme, beneficiary: client-y,
                      target: 99.95}
              - kind: TIME_TO
                id: P1
                service: web
                obligated: acme
                beneficiary: client-y
                stop: RESOLVED
                targets:
                  - {priority: P1, within: PT8H}
              - {kind: RATIO, id: OK-RATE, service: web, good: ok, total: all, obligated: acme, beneficiary: client-y,
                      target: 99.5}
            """;

    /**
     * Hosting for March: availability missed, lost time Acme 60 min, its subcontractor 30 min,
     * Client Y 45 min, 20 min excused; case C-1 paused 4 h on Client Y and breached, 9 h against
     * 8 h; C-2 in time; the ratio met. Credits: 100.00 USD for availability and 25.00 USD for C-1
     * from Acme to Client Y; a 10.00 USD bonus for the ratio from Client Y to Acme.
     */
    static EvaluatedAgreement hostingMarch() {
        Agreement agreement = Agreements.parse(HOSTING_YAML, "hosting.yaml", true);
        Instant asOf = MARCH.toInterval(ZoneId.of("UTC")).endExclusive();
        ObjectiveResult availability = ObjectiveResult.builder().objective("AVAIL-WEB").kind(MetricKind.AVAILABILITY)
                .window(MARCH).achieved(new BigDecimal("99.7")).target(new BigDecimal("99.95")).met(false)
                .lostTime(List.of(share("acme", Duration.ofMinutes(60)), share("dc", Duration.ofMinutes(30)),
                        share("client-y", Duration.ofMinutes(45)), new Share(Responsible.EXCUSED,
                        Duration.ofMinutes(20))))
                .shortfall(Optional.empty()).shortfallBy(List.of()).cases(List.of()).notes(List.of()).rules(List.of())
                .build();
        CaseResult c1 = new CaseResult("C-1", "P1", Duration.ofHours(9), Duration.ofHours(8), true,
                Optional.of(Instant.parse("2026-03-10T17:00:00Z")), List.of(share("client-y", Duration.ofHours(4))));
        CaseResult c2 = new CaseResult("C-2", "P1", Duration.ofHours(2), Duration.ofHours(8), true, Optional.empty(),
                List.of());
        ObjectiveResult p1 = ObjectiveResult.builder().objective("P1").kind(MetricKind.TIME_TO).window(MARCH)
                .achieved(BigDecimal.ONE).target(new BigDecimal("2")).met(false).lostTime(List.of())
                .shortfall(Optional.empty()).shortfallBy(List.of()).cases(List.of(c1, c2)).notes(List.of())
                .rules(List.of()).build();
        ObjectiveResult ratio = ObjectiveResult.builder().objective("OK-RATE").kind(MetricKind.RATIO).window(MARCH)
                .achieved(new BigDecimal("99.9")).target(new BigDecimal("99.5")).met(true).lostTime(List.of())
                .shortfall(Optional.empty()).shortfallBy(List.of()).cases(List.of()).notes(List.of()).rules(List.of())
                .build();
        List<CreditDecision> credits = List.of(
                credit(CreditKind.SERVICE_CREDIT, "AVAIL-WEB", "AVAIL-WEB", "acme", "client-y", "100.00 USD"),
                credit(CreditKind.PER_BREACH, "P1", "C-1", "acme", "client-y", "25.00 USD"),
                credit(CreditKind.BONUS, "OK-RATE", "OK-RATE", "client-y", "acme", "10.00 USD"));
        Evaluation evaluation = Evaluation.builder().agreementId("HOST-Y").period(MARCH).asOf(asOf)
                .attributions(List.of()).penalties(List.of()).objectives(List.of(availability, p1, ratio))
                .credits(credits).history(History.empty()).explanation("by hand").build();
        return EvaluatedAgreement.of(agreement, Timeline.empty(), evaluation);
    }

    static final String CHAIN_YAML = """
            id: CHAIN-X
            kind: INTERNAL
            zone: UTC
            currency: EUR
            effective: {from: 2026-01-01, to: 2027-01-01}
            parties:
              - {id: marketing, name: Marketing, role: INTERNAL_UNIT}
              - {id: sales, name: Sales, role: INTERNAL_UNIT}
              - {id: service, name: Customer Service, role: INTERNAL_UNIT}
              - {id: company, name: Company X, role: INTERNAL_UNIT}
            objectives:
              - {kind: QUOTA, id: LEADS, metric: leads, obligated: marketing, beneficiary: sales, target: 200}
              - {kind: QUOTA, id: CLOSED, metric: customers, obligated: sales, beneficiary: company, target: 50}
            """;

    /**
     * Company X's chain for March (example P): Marketing delivered 150 of 200 leads, 50 short,
     * 1,000.00 EUR to Sales; Sales closed 36 of a target scaled to 37, 14 short of 50: 13 on
     * Marketing, 1 on Sales; Sales' own shortfall costs 100.00 EUR, 70.00 to Customer Service and
     * 30.00 to the company.
     */
    static EvaluatedAgreement chainMarch() {
        Agreement agreement = Agreements.parse(CHAIN_YAML, "chain.yaml", true);
        Instant asOf = MARCH.toInterval(ZoneId.of("UTC")).endExclusive();
        ObjectiveResult leads = ObjectiveResult.builder().objective("LEADS").kind(MetricKind.QUOTA).window(MARCH)
                .achieved(new BigDecimal("150")).target(new BigDecimal("200")).met(false).lostTime(List.of())
                .shortfall(Optional.of(50L)).shortfallBy(List.of(new UnitShare(Responsible.party("marketing"), 50)))
                .cases(List.of()).notes(List.of()).rules(List.of()).build();
        ObjectiveResult closed = ObjectiveResult.builder().objective("CLOSED").kind(MetricKind.QUOTA).window(MARCH)
                .achieved(new BigDecimal("36")).target(new BigDecimal("37")).met(false).lostTime(List.of())
                .shortfall(Optional.of(14L))
                .shortfallBy(List.of(new UnitShare(Responsible.party("marketing"), 13),
                        new UnitShare(Responsible.party("sales"), 1)))
                .cases(List.of()).notes(List.of()).rules(List.of()).build();
        List<CreditDecision> credits = List.of(
                credit(CreditKind.SERVICE_CREDIT, "LEADS", "LEADS", "marketing", "sales", "1000.00 EUR"),
                credit(CreditKind.SERVICE_CREDIT, "CLOSED", "CLOSED", "sales", "service", "70.00 EUR"),
                credit(CreditKind.SERVICE_CREDIT, "CLOSED", "CLOSED", "sales", "company", "30.00 EUR"));
        Evaluation evaluation = Evaluation.builder().agreementId("CHAIN-X").period(MARCH).asOf(asOf)
                .attributions(List.of()).penalties(List.of()).objectives(List.of(leads, closed)).credits(credits)
                .history(History.empty()).explanation("by hand").build();
        return EvaluatedAgreement.of(agreement, Timeline.empty(), evaluation);
    }

    private static Share share(String party, Duration length) {
        return new Share(Responsible.party(party), length);
    }

    private static CreditDecision credit(CreditKind kind, String objective, String subject, String debtor,
                                         String creditor, String amount) {
        Money money = Money.parse(amount);
        return CreditDecision.builder().id("CD-" + objective + "-" + subject + "-" + creditor).kind(kind)
                .clause("9.1")
                .objective(objective).window(MARCH).subject(subject).debtor(debtor).creditor(creditor).amount(money)
                .priced(money).capped(false).rules(List.of("penalise: credit")).explanation("by hand").build();
    }
}
