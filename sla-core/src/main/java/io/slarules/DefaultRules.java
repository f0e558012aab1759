package io.slarules;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The names of the default rule base's rules, as its DRL declares them. Decisions cite these names
 * ({@link Decision#rules()}, the derivation's lines) and a
 * {@link RulePack} replaces a default rule by naming it ({@link RulePack.Builder#replaces}).
 *
 * <p>A name is a phase and what the rule decides: {@code "facts: ..."}, {@code "attribute: ..."}, {@code "concurrent: ..."},
 * {@code "propagate: ..."}, {@code "measure: ..."}, {@code "assess: ..."}, {@code "penalise: ..."},
 * {@code "cap: ..."} and, for the monitor, {@code "warn: ..."}. The names are stable in 1.x: a
 * default rule may be added, never renamed. sla-rules' tests check that this list and the DRL name
 * the same rules, and the README's rules tables list each of them with its phase and what it
 * inserts.
 */
public final class DefaultRules {

    private DefaultRules() {
    }

    // ---- deadlines: obligations, dependencies, delays and liquidated damages

    /** When an obligation's work starts: the agreement's start, or when what it depends on is fulfilled. */
    public static final String WORK_START =
            "facts: work on an obligation starts at the agreement's start or when what it depends on is fulfilled";
    /** A blocked interval another party caused shifts the obligation's due date and counts against that party. */
    public static final String BLOCKED_BY_ANOTHER_PARTY = "attribute: blocked interval caused by another party shifts due date";
    /** A blocked interval on the owner's side shifts nothing; it is the owner's own delay. */
    public static final String BLOCKED_BY_OWNER = "attribute: blocked interval caused by the owner's side is its own delay";
    /** Force majeure shifts the due dates of the obligations it affects and counts against nobody. */
    public static final String FORCE_MAJEURE_SHIFTS_DUE_DATE = "attribute: force majeure shifts due date and is excused";
    /** Concurrent delay policy {@code EXCUSE_OVERLAP}. */
    public static final String OVERLAP_EXCUSED = "concurrent: overlap with the owner's own delay is excused";
    /** Concurrent delay policy {@code APPORTION}. */
    public static final String OVERLAP_APPORTIONED = "concurrent: overlap with the owner's own delay is apportioned";
    /** Concurrent delay policy {@code FIRST_IN_TIME}. */
    public static final String OVERLAP_TO_FIRST_CAUSE =
            "concurrent: overlap with the owner's own delay goes to the cause that started first";
    /** Where claims on an obligation overlap, each instant counts once, for the claim that started first. */
    public static final String CLAIMS_FIRST_START_WINS =
            "concurrent: overlapping claims count once, for the claim that started first";
    /** The critical late dependency shifts its dependent's due date. */
    public static final String LATE_DEPENDENCY_SHIFTS_DUE_DATE = "propagate: late dependency shifts due date";
    /** What lateness no dependency explains is the owner's own. */
    public static final String REMAINING_LATENESS_OWN = "propagate: remaining lateness is the owner's own";
    /** The delay attributed to a liquidated-damages clause's debtor, in the clause's units. */
    public static final String DELAY_OF_THE_DEBTOR = "assess: delay attributed to the clause's debtor";
    /** The same for an obligation still open and late at the "as of" instant (a provisional decision). */
    public static final String DAMAGES_ACCRUED_SO_FAR = "assess: damages accrued so far on an obligation still open";
    /** Liquidated damages per started, whole or single unit of delay. */
    public static final String DAMAGES_PER_UNIT = "penalise: liquidated damages per unit of delay";
    /** Liquidated damages pro rata of the delay. */
    public static final String DAMAGES_PRO_RATA = "penalise: liquidated damages pro rata of the delay";
    /** The creditor may terminate when the delay exceeds the clause's threshold. */
    public static final String TERMINATION_ON_DELAY = "penalise: termination right when delay exceeds threshold";
    /** A force-majeure clause's parties may terminate when the event lasts beyond its days. */
    public static final String TERMINATION_ON_FORCE_MAJEURE =
            "penalise: termination right when force majeure lasts beyond the clause's days";
    /** A clause's aggregate cap, consumed in settlement order. */
    public static final String CLAUSE_AGGREGATE_CAP = "cap: aggregate cap on the clause's decisions";
    /** A clause without a cap: the priced amount, rounded once. */
    public static final String CLAUSE_WITHOUT_CAP = "cap: clause without a cap keeps the priced amount";

    // ---- service levels: objectives, windows and service credits (the names of the facts phase start "facts: ")

    /** Maintenance announced with the agreement's notice is announced in time. */
    public static final String ANNOUNCED_IN_TIME =
            "facts: maintenance announced with the agreement's notice is announced in time";
    /** An outage the obligated party (or its subcontractor) caused counts against it. */
    public static final String OUTAGE_BY_OBLIGATED_PARTY = "attribute: outage caused by the obligated party counts against it";
    /** An outage another party caused is reported against that party, not counted. */
    public static final String OUTAGE_BY_ANOTHER_PARTY =
            "attribute: outage caused by another party is reported against that party";
    /** Announced maintenance inside a maintenance window is excused. */
    public static final String ANNOUNCED_MAINTENANCE_EXCUSED =
            "attribute: announced maintenance inside a maintenance window is excused";
    /** Maintenance outside its window counts against the party that carried it out. */
    public static final String MAINTENANCE_OUTSIDE_WINDOW =
            "attribute: maintenance outside its window counts against the party that carried it out";
    /** A force-majeure outage counts against nobody. */
    public static final String FORCE_MAJEURE_OUTAGE_EXCUSED = "attribute: force-majeure outage is excused";
    /** Waiting on another party pauses a case's clock. */
    public static final String WAITING_PAUSES_CASE = "attribute: waiting on another party pauses the case clock";
    /** A reading outside a READINGS objective's range counts against the obligated party. */
    public static final String READING_OUTSIDE_RANGE =
            "attribute: reading outside the allowed range counts against the obligated party";
    /** Who answers for an instant several stretches of downtime cover. */
    public static final String OVERLAPPING_DOWNTIME =
            "concurrent: overlapping downtime is excused first, then another party's, then counts";
    /** Availability of a window from its resolved downtime. */
    public static final String AVAILABILITY = "measure: availability of the window";
    /** A case's business time, its pauses by party and its breach instant. */
    public static final String CASE_BUSINESS_TIME = "measure: business time of a case";
    /** A case with its own due date breaches when not stopped by it. */
    public static final String CASE_OWN_DUE_DATE = "measure: case with its own due date breaches when not stopped by it";
    /** Under {@code pausesMoveCaseDue}, pauses move a case's own due date. */
    public static final String PAUSES_MOVE_CASE_DUE = "measure: pauses move a case's own due date";
    /** A case running at the "as of" instant, reported with its projected breach. */
    public static final String RUNNING_CASE = "measure: running case reported with its projected breach";
    /** The cases of a window against their per-case and share-of-cases targets. */
    public static final String CASES_AGAINST_TARGETS = "measure: cases of the window against their targets";
    /** A quota's count and shortfall in a window. */
    public static final String QUOTA_COUNT = "measure: quota count of the window";
    /** A dependent quota's target scaled by what the upstream delivered. */
    public static final String DEPENDENT_QUOTA = "measure: dependent quota target scaled by the upstream's delivery";
    /** How many of a dependent quota's missing units a short upstream delivery answers for. */
    public static final String UPSTREAM_SHORTFALL =
            "measure: units a short upstream delivery took off a dependent quota count against the upstream";
    /** The ratio of good events in a window. */
    public static final String RATIO = "measure: ratio of good events in the window";
    /** The readings of a window against the allowed range. */
    public static final String READINGS = "measure: readings of the window against the allowed range";
    /** A level reported by a monitoring tool, in place of the measured one. */
    public static final String REPORTED_LEVEL = "measure: level reported by a monitoring tool";
    /** Whether a window met its objective: its figure reaches the target. */
    public static final String WINDOW_MET = "measure: window met when its figure reaches the target";
    /** The credit of the band the achieved level falls in. */
    public static final String BAND_CREDIT = "assess: service credit from the band of the achieved level";
    /** An amount per breached case, by priority. */
    public static final String PER_BREACHED_CASE = "assess: amount per breached case";
    /** An amount per unit short of a quota. */
    public static final String PER_UNIT_SHORT = "assess: amount per unit short of the quota";
    /** A deduction per reading outside the allowed range. */
    public static final String PER_READING_OUTSIDE = "assess: deduction per reading outside the allowed range";
    /** A repeat offence: the window and each previous one the term names were breached. */
    public static final String REPEATED_BREACH = "assess: repeat offence when each previous window was breached too";
    /** A remark when the history does not record the windows a repeat offence looks at. */
    public static final String REPEAT_NOT_ASSESSED =
            "assess: repeat offence not assessed when the history does not record the windows before";
    /** The extra credit of a repeat offence. */
    public static final String REPEAT_OFFENCE = "assess: repeat offence adds the extra credit";
    /** A bonus for over-performance, paid by the beneficiary. */
    public static final String BONUS = "assess: bonus for over-performance";
    /** Which earlier credits are earned back: the objective was met in every window since. */
    public static final String EARN_BACK_ELIGIBLE = "assess: earn-back when the objective was met in every window since";
    /** An earlier credit forgiven after the windows the earn-back term names. */
    public static final String EARN_BACK = "assess: earn-back forgives an earlier credit";
    /** Bonuses and earn-backs are settled under no cap or minimum. */
    public static final String UNLIMITED_BONUS_AND_EARN_BACK = "cap: bonuses and earn-backs are not limited";
    /** The month's credits take the limits one at a time, in window and clause order. */
    public static final String CREDITS_UNDER_LIMITS = "cap: credits take the limits one at a time, in window and clause order";
    /** A credit held to its clause's cap for the window. */
    public static final String CLAUSE_CAP_FOR_WINDOW = "cap: the clause's cap for the window";
    /** A credit below the clause's minimum is withheld. */
    public static final String MINIMUM_CREDIT = "cap: the minimum credit";
    /** A credit held to its service's monthly cap. */
    public static final String SERVICE_MONTHLY_CAP = "cap: the service's monthly cap";
    /** A credit held to the agreement's monthly cap. */
    public static final String AGREEMENT_MONTHLY_CAP = "cap: the agreement's monthly cap";
    /** A credit held to the room the rolling cap leaves. */
    public static final String ROLLING_CAP = "cap: the rolling cap";
    /** Past every limit: the credit issued and added to the ledger, or withheld with the reason. */
    public static final String SERVICE_CREDIT_CAPS =
            "cap: service credits within the clause cap, the minimum credit and the agreement's caps";

    // ---- the monitor's warnings

    /** A case has used a share of its target. */
    public static final String WARN_CASE_SHARE = "warn: case at a share of its target elapsed";
    /** A case is over its target. */
    public static final String WARN_CASE_BREACH = "warn: case over its target is a breach";
    /** A window's availability allowance is consumed beyond a share. */
    public static final String WARN_ALLOWANCE_SHARE = "warn: availability allowance consumed beyond a share";
    /** A window's availability allowance is used up. */
    public static final String WARN_ALLOWANCE_BREACH = "warn: availability allowance used up is a breach";
    /** An obligation is held up by a late dependency. */
    public static final String WARN_HELD_UP = "warn: obligation held up by a late dependency";
    /** An obligation is due within the notice, in business days. */
    public static final String WARN_DUE_SOON = "warn: obligation due within the notice in business days";
    /** An obligation was not fulfilled by its due date. */
    public static final String WARN_OVERDUE = "warn: obligation not fulfilled by its due date is a breach";

    /**
     * {@return every default rule's name, sorted}
     */
    public static List<String> all() {
        List<String> names = new ArrayList<>();
        for (Field field : DefaultRules.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    names.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        names.sort(null);
        return List.copyOf(names);
    }
}
