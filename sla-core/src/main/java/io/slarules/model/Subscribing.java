package io.slarules.model;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.CreditShare;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.QuotaObjective;
import io.slarules.model.servicelevels.RatioObjective;
import io.slarules.model.servicelevels.ReadingsObjective;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.servicelevels.TimeToObjective;
import io.slarules.model.time.DateRange;
import io.slarules.model.timeline.ForceMajeure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a service-based agreement and a subscription into the agreement the subscriber is under. */
final class Subscribing {

    private Subscribing() {
    }

    static Agreement agreementOf(Agreement offering, Subscription subscription) {
        List<Problem> problems = new ArrayList<>();
        if (offering.kind() != AgreementKind.SERVICE_BASED) {
            problems.add(Problem.at("agreement", "kind", "only a service-based agreement has subscribers; "
                    + offering.id() + " is " + offering.kind()));
        }
        if (offering.serviceLevels().service(subscription.service()).isEmpty()) {
            problems.add(Problem.at("subscription", subscription.id() + ".service",
                    "subscription to unknown service " + subscription.service()));
        }
        Party template = offering.parties().stream().filter(p -> p.role() == PartyRole.CUSTOMER).findFirst().orElse(null);
        String subscriber = subscription.customer().id();
        if (template != null && !subscriber.equals(template.id()) && offering.party(subscriber).isPresent()) {
            problems.add(Problem.at("subscription", subscription.id() + ".customer",
                    "the subscriber's id " + subscriber + " is already a party of " + offering.id()));
        }
        if (!subscription.start().isBefore(offering.effective().endExclusive())) {
            problems.add(Problem.at("subscription", subscription.id() + ".start", "starts " + subscription.start()
                    + ", after the agreement ends " + offering.effective()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(offering.id(), problems);
        }
        Map<String, String> rename = new HashMap<>();
        rename.put(template.id(), subscriber);
        List<Party> parties = new ArrayList<>();
        for (Party p : offering.parties()) {
            parties.add(p == template ? subscription.customer() : p);
        }
        LocalDate start = subscription.start().isAfter(offering.effective().startInclusive())
                ? subscription.start() : offering.effective().startInclusive();
        List<Amendment> amendments = new ArrayList<>();
        for (Amendment a : offering.amendments()) {
            amendments.add(new Amendment(a.id(), a.effectiveFrom(), levels(a.serviceLevels(), subscription, rename)));
        }
        return new Agreement(offering.id() + "/" + subscription.id(), AgreementKind.SERVICE_BASED, parties,
                offering.zone(), offering.currency(), DateRange.of(start, offering.effective().endExclusive()),
                offering.holidays(), offering.moneyRounding(), List.of(), offering.penalties(),
                levels(offering.serviceLevels(), subscription, rename),
                amendments.stream().filter(a -> a.effectiveFrom().isAfter(start)).toList(), offering.concurrentDelay())
                .withForceMajeureClauses(offering.forceMajeureClauses().stream()
                        .map(c -> new ForceMajeure.Termination(c.id(), c.title(), c.afterDays(),
                                c.mayTerminate().stream().map(p -> rename.getOrDefault(p, p)).toList())).toList())
                .withWatchTerms(offering.watchTerms());
    }

    /** The subscribed service at the subscriber's fee, its objectives and their credits, the customer renamed. */
    private static ServiceLevels levels(ServiceLevels levels, Subscription subscription, Map<String, String> rename) {
        List<Service> services = levels.services().stream().filter(s -> s.id().equals(subscription.service()))
                .map(s -> s.withFee(subscription.fee())).toList();
        List<Objective> objectives = new ArrayList<>();
        for (Objective o : levels.objectives()) {
            if (o.serviceId().map(subscription.service()::equals).orElse(true)) {
                objectives.add(renamed(o, rename));
            }
        }
        List<String> kept = objectives.stream().map(Objective::id).toList();
        List<ServiceCredit> credits = levels.credits().stream().filter(c -> kept.contains(c.objective()))
                .map(c -> renamed(c, rename)).toList();
        return levels.with(services, objectives, credits);
    }

    private static String r(String party, Map<String, String> rename) {
        return rename.getOrDefault(party, party);
    }

    private static Objective renamed(Objective o, Map<String, String> m) {
        if (o instanceof AvailabilityObjective a) {
            return new AvailabilityObjective(a.id(), a.title(), a.service(), r(a.obligated(), m), r(a.beneficiary(), m),
                    a.window(), a.calendar(), a.target(), a.denominator(), a.minimumOutage(), a.outageRounding(),
                    a.levelRounding());
        }
        if (o instanceof TimeToObjective t) {
            Map<String, String> pausing = new HashMap<>();
            t.pausing().forEach((status, party) -> pausing.put(status, r(party, m)));
            return new TimeToObjective(t.id(), t.title(), t.service(), r(t.obligated(), m), r(t.beneficiary(), m),
                    t.window(), t.calendar(), t.stop(), pausing, t.targets(), t.pausesMoveCaseDue());
        }
        if (o instanceof QuotaObjective q) {
            return new QuotaObjective(q.id(), q.title(), q.metric(), r(q.obligated(), m), r(q.beneficiary(), m),
                    q.window(), q.target(), q.dependsOn(), q.scaledRounding());
        }
        if (o instanceof ReadingsObjective g) {
            return new ReadingsObjective(g.id(), g.title(), r(g.obligated(), m), r(g.beneficiary(), m), g.window(),
                    g.lower(), g.upper(), g.unit());
        }
        RatioObjective x = (RatioObjective) o;
        return new RatioObjective(x.id(), x.title(), x.service(), x.good(), x.total(), r(x.obligated(), m),
                r(x.beneficiary(), m), x.window(), x.target(), x.levelRounding());
    }

    private static ServiceCredit renamed(ServiceCredit c, Map<String, String> m) {
        return new ServiceCredit(c.id(), c.title(), c.objective(), r(c.debtor(), m), r(c.creditor(), m), c.bands(),
                c.perBreach(), c.perUnitShort(), c.repeat(), c.cap(), c.minimum(), c.earnBack(), c.bonus(),
                c.shares().stream().map(s -> new CreditShare(r(s.party(), m), s.percent())).toList(), c.perReading());
    }
}
