package io.slarules.cli;

import io.slarules.InvalidInputException;
import io.slarules.calendar.TimeRange;
import io.slarules.calendar.WeeklyHours;
import io.slarules.files.Agreements;
import io.slarules.model.Agreement;
import io.slarules.model.Amendment;
import io.slarules.model.LevelledAgreement;
import io.slarules.model.Subscription;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.CaseTarget;
import io.slarules.model.servicelevels.CreditShare;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.QuotaObjective;
import io.slarules.model.servicelevels.RatioObjective;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.servicelevels.TimeToObjective;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code sla explain-agreement}: an agreement's service-level terms, one per line, named as
 * {@link io.slarules.model.servicelevels.ServiceLevels#sources()} names them ({@code objective AVAIL},
 * {@code credit 4.2}). At a level of a multi-level agreement, first the level each term came from
 * ({@link LevelledAgreement#explain}), then the terms.
 */
final class AgreementText {

    private AgreementText() {
    }

    /**
     * The text for the command: the agreement's terms, or at a level of a multi-level agreement.
     *
     * @throws InvalidInputException listing every problem of the file, or an unknown level
     */
    static String explain(Path agreementFile, Optional<String> atLevel) {
        String file = agreementFile.toString();
        if (atLevel.isEmpty()) {
            return terms(Agreements.read(agreementFile));
        }
        String level = atLevel.get();
        try {
            LevelledAgreement levelled = Agreements.readLevelled(agreementFile);
            return levelled.explain(level) + "\n" + terms(levelled.resolve(level));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.agreementId().orElse(null), e.problems().stream()
                    .map(p -> p.source().equals("agreement") ? p.in(file) : p).toList());
        }
    }

    /** The agreement's service-level terms and their values, one per line. */
    static String terms(Agreement agreement) {
        StringBuilder text = new StringBuilder("Terms of " + agreement.id() + " (" + agreement.kind() + ", "
                + agreement.currency() + ", in force " + agreement.effective() + "):\n");
        ServiceLevels levels = agreement.serviceLevels();
        if (levels.services().isEmpty() && levels.objectives().isEmpty()) {
            text.append("  no service levels");
            text.append(agreement.obligations().isEmpty() ? "\n" : "; " + agreement.obligations().size()
                    + " obligations and " + agreement.penalties().size() + " penalty clauses\n");
        }
        section(text, levels);
        for (Subscription s : levels.subscriptions()) {
            line(text, "subscription " + s.id(), s.customer().name() + " (" + s.customer().id() + "), service "
                    + s.service() + ", " + s.fee() + " a month from " + s.start());
        }
        for (Amendment a : agreement.amendments()) {
            text.append("Amendment ").append(a.id()).append(", in force for the windows from ")
                    .append(a.effectiveFrom()).append(":\n");
            section(text, a.serviceLevels());
        }
        return text.toString();
    }

    private static void section(StringBuilder text, ServiceLevels levels) {
        for (Service s : levels.services()) {
            line(text, "service " + s.id(), s.name() + ", " + s.monthlyFee() + " a month"
                    + s.cap().map(c -> ", credits capped at " + c).orElse(""));
        }
        levels.calendars().forEach(c -> line(text, "calendar " + c.id(), hours(c.hours())
                + c.zone().map(zone -> " in " + zone).orElse("")
                + c.country().map(country -> ", public holidays of " + country + c.subdivision().map(s -> "/" + s).orElse(""))
                .orElse("")));
        if (!levels.maintenance().isEmpty() || levels.maintenanceNotice().isPresent()) {
            line(text, "maintenance", levels.maintenance().stream().map(Object::toString).collect(Collectors.joining(", "))
                    + levels.maintenanceNotice().map(n -> "; announced " + n + " ahead").orElse(""));
        }
        for (Objective o : levels.objectives()) {
            line(text, "objective " + o.id(), objective(o));
        }
        for (ServiceCredit c : levels.credits()) {
            line(text, "credit " + c.id(), credit(c));
        }
        if (levels.caps().perMonth().isPresent() || levels.caps().rolling().isPresent()) {
            line(text, "caps", levels.caps().perMonth().map(a -> "at most " + a + " a month").orElse("")
                    + levels.caps().rolling().map(r -> " at most " + r.percent().toPlainString() + " % of the last "
                    + r.months() + " months' charges").orElse(""));
        }
    }

    /** {@code MONDAY-FRIDAY 09:00-17:00}: days with the same hours in a row are written as one range of days. */
    private static String hours(WeeklyHours hours) {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        for (int i = 0; i < days.length; i++) {
            List<TimeRange> ranges = hours.ranges(days[i]);
            int last = i;
            while (last + 1 < days.length && hours.ranges(days[last + 1]).equals(ranges)) {
                last++;
            }
            if (!ranges.isEmpty()) {
                parts.add((last == i ? days[i].toString() : days[i] + "-" + days[last]) + " "
                        + ranges.stream().map(Object::toString).collect(Collectors.joining(" ")));
            }
            i = last;
        }
        return String.join(", ", parts);
    }

    private static String objective(Objective o) {
        String head = o.kind() + ", " + o.obligated() + " to " + o.beneficiary() + ", ";
        if (o instanceof AvailabilityObjective a) {
            return head + "service " + a.service() + ", target " + a.target().toPlainString() + " %";
        }
        if (o instanceof RatioObjective r) {
            return head + r.good() + " / " + r.total() + ", target " + r.target().toPlainString() + " %";
        }
        if (o instanceof QuotaObjective q) {
            return head + "at least " + q.target() + " " + q.metric()
                    + q.dependsOn().map(d -> ", scaled by " + d + "'s delivery (rounded " + q.scaledRounding() + ")").orElse("");
        }
        if (o instanceof io.slarules.model.servicelevels.ReadingsObjective g) {
            return head + "each reading within " + g.range();
        }
        TimeToObjective t = (TimeToObjective) o;
        return head + "service " + t.service() + ", calendar " + t.calendar() + ", " + t.stop() + " within "
                + t.targets().stream().map(AgreementText::target).collect(Collectors.joining(", "));
    }

    private static String target(CaseTarget t) {
        return t.priority() + " " + t.within() + t.share().map(s -> " for " + s.toPlainString() + " % of cases").orElse("");
    }

    private static String credit(ServiceCredit c) {
        StringBuilder text = new StringBuilder("prices " + c.objective() + ", " + c.debtor() + " to " + c.creditor());
        if (!c.bands().isEmpty()) {
            text.append(", bands ").append(c.bands().stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
        c.perBreach().forEach(p -> text.append(", ").append(p.amount()).append(" per breached ")
                .append(p.priority().map(priority -> priority + " case").orElse("case")));
        c.perUnitShort().ifPresent(m -> text.append(", ").append(m).append(" per unit short"));
        c.perReading().ifPresent(r -> text.append(", ").append(r.rate() instanceof io.slarules.model.money.Amount.PercentOfValue p
                ? p.percent().toPlainString() + " % of " + r.value().map(Object::toString).orElse("the value")
                : r.rate().toString()).append(" per reading outside the range"));
        c.cap().ifPresent(a -> text.append(", cap ").append(a));
        c.minimum().ifPresent(m -> text.append(", minimum ").append(m));
        if (!c.shares().isEmpty()) {
            text.append(", shared ").append(c.shares().stream().map(AgreementText::share).collect(Collectors.joining(", ")));
        }
        return text.toString();
    }

    private static String share(CreditShare s) {
        return s.percent().toPlainString() + " % to " + s.party();
    }

    private static void line(StringBuilder text, String term, String value) {
        text.append("  ").append(term).append(": ").append(value).append('\n');
    }
}
