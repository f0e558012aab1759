package io.slarules.rules.internal.servicelevels;

import io.slarules.EvaluationFailedException;
import io.slarules.internal.calc.Caps;
import io.slarules.model.Agreement;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.History;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.DateRange;
import io.slarules.rules.facts.CapLedger;
import io.slarules.rules.facts.CreditDue;
import io.slarules.rules.facts.CreditUnderLimits;
import io.slarules.rules.facts.EvaluationContext;
import io.slarules.rules.internal.facts.Remark;
import io.slarules.rules.internal.facts.SettledCredit;

import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cap phase's bookkeeping for service credits, called from the rules: which credits take the limits and in
 * which turn, how a credit past its limits is settled into the ledger, and the check that none was left behind.
 * The limits themselves are rules (each applies one step of {@link io.slarules.internal.calc.CreditLimits}).
 * Public only because the compiled rules call it; not part of the API.
 */
public final class Limits {

    private Limits() {
    }

    /**
     * {@return the ledger a session of the billing month opens with, nothing used yet: the month's limits as the
     * terms in force when the month starts (or the agreement, for a month it starts in) state them}
     *
     * @param agreement the agreement
     * @param month the billing month, named by the calendar month it starts in
     * @param history what earlier months charged and credited, for the rolling cap's room
     */
    public static CapLedger opening(Agreement agreement, YearMonth month, History history) {
        DateRange dates = agreement.serviceLevels().billingCycle().month(month);
        ServiceLevels terms = agreement.serviceLevelsAt(
                ServiceLevelFacts.max(dates.startInclusive(), agreement.effective().startInclusive()));
        Money charged = charged(agreement, terms);
        Optional<Money> monthCap = terms.caps().perMonth().map(a -> a.resolve(Optional.of(charged)));
        Optional<Money> rollingRoom = terms.caps().rolling().map(r -> Caps.rollingRoom(r, month, charged, history));
        return new CapLedger(monthCap, terms.caps().rolling(), rollingRoom, Map.of(), Map.of(),
                Money.zero(agreement.currency()));
    }

    /** {@return the fees of every service for one month under the terms} */
    static Money charged(Agreement agreement, ServiceLevels terms) {
        return Money.total(agreement.currency(), terms.services().stream().map(s -> s.monthlyFee()).toList());
    }

    /**
     * {@return the month's credits under limits, each with its turn: window order, then clause, kind and subject}
     *
     * @param ctx the session's context, for the agreement's rounding
     * @param dues the credits found due (bonuses and earn-backs excluded), in any order
     */
    public static List<Object> enter(EvaluationContext ctx, List<CreditDue> dues) {
        List<CreditDue> ordered = new ArrayList<>(dues);
        ordered.sort(Credits.ORDER);
        RoundingMode rounding = ctx.agreement().moneyRounding();
        List<Object> facts = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            facts.add(CreditUnderLimits.of(ordered.get(i), i, rounding));
        }
        return facts;
    }

    /**
     * {@return a bonus or an earn-back as it is issued: its priced amount rounded once, under no limit}
     *
     * @param ctx the session's context, for the agreement's rounding
     * @param due the bonus or earn-back
     * @param rule the rule that settles it
     */
    public static SettledCredit unlimited(EvaluationContext ctx, CreditDue due, String rule) {
        return new SettledCredit(due, due.priced().rounded(ctx.agreement().moneyRounding()), false,
                java.util.Optional.empty(), List.of(), List.of(), rule);
    }

    /**
     * {@return the credit settled (issued, or withheld with a remark saying why) and the ledger after it}
     *
     * @param ctx the session's context, for the agreement's rounding
     * @param credit the credit past its limits
     * @param ledger what earlier credits used
     * @param rule the rule that settles it
     */
    public static List<Object> settle(EvaluationContext ctx, CreditUnderLimits credit, CapLedger ledger,
                                      String rule) {
        CreditUnderLimits c = credit.settled(ctx.agreement().moneyRounding());
        CreditDue d = c.due();
        SettledCredit settled = new SettledCredit(d, c.amount(), c.capped(), c.withheld(), c.notes(), c.rules(), rule);
        if (c.isWithheld()) {
            // a withheld credit uses no limit
            return List.of(settled, ledger, new Remark(d.window(), c.withheld().get() + " (clause " + d.clause().id() + ")",
                    rule));
        }
        return List.of(settled, ledger.after(c, c.amount()));
    }

    /**
     * Fails the evaluation when a credit was left under limits: a rule pack's limit rule that matched it without
     * moving it on would otherwise drop it without a word.
     *
     * @param agreementId the agreement evaluated
     * @param left the credits still under limits when the rules stopped
     * @throws EvaluationFailedException naming the first credit left and its stage
     */
    static void requireNoneLeft(String agreementId, List<CreditUnderLimits> left) {
        if (left.isEmpty()) {
            return;
        }
        CreditUnderLimits c = left.stream().min(Comparator.comparingInt(CreditUnderLimits::order)).orElseThrow();
        CreditDue d = c.due();
        throw new EvaluationFailedException(agreementId, "", "the " + d.kind() + " under clause " + d.clause().id()
                + " for " + d.subject() + " in " + d.window().window() + " was left at the limit stage " + c.stage()
                + ": no rule of the cap phase moved it on (a rule that replaces a limit rule moves every credit it"
                + " matches to a later stage, CreditUnderLimits.at)" + (left.size() > 1 ? "; " + (left.size() - 1)
                + " more credit(s) left behind it" : ""), null);
    }
}
