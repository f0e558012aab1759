package io.slarules.model;

import io.slarules.InvalidInputException;
import io.slarules.Problem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The thresholds at which a monitor ({@code io.slarules.watch.Monitor}) warns, for one agreement: a
 * term of the agreement ({@link Agreement#watchTerms()}, {@code watch} in its file). The defaults
 * are what service desks use: a case at 50 % and 75 % of its target, an availability window at
 * 75 % of its downtime allowance, an obligation 2 business days before it is due. It lives in the
 * model (not in {@code io.slarules.watch}) because the agreement holds it and the model depends on
 * nothing but itself.
 *
 * @param caseShares            the shares of a case's target business time at which it is warned of, in
 *                              percent, each above 0 and below 100, ascending, no duplicates
 * @param allowanceShare        the share of a window's downtime allowance, in percent, above 0 and at most 100
 * @param dueWithinBusinessDays how many business days before its due date an open obligation is warned of;
 *                              0 for never, at most 365
 */
public record WatchTerms(List<BigDecimal> caseShares, BigDecimal allowanceShare, int dueWithinBusinessDays) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final WatchTerms DEFAULTS = new WatchTerms(List.of(BigDecimal.valueOf(50), BigDecimal.valueOf(75)),
            BigDecimal.valueOf(75), 2);

    /**
     * Validates the terms, listing every problem.
     *
     * @param caseShares the shares of a case's target, in percent
     * @param allowanceShare the share of a window's downtime allowance, in percent
     * @param dueWithinBusinessDays business days before the due date; 0 for never
     * @throws InvalidInputException listing every problem, source {@code watch}, at its field
     */
    public WatchTerms {
        List<Problem> problems = new ArrayList<>();
        if (caseShares == null) {
            problems.add(Problem.at("watch", "caseShares", "is required"));
        } else {
            TreeSet<BigDecimal> seen = new TreeSet<>();
            for (int i = 0; i < caseShares.size(); i++) {
                BigDecimal share = caseShares.get(i);
                String path = "caseShares[" + i + "]";
                if (share == null) {
                    problems.add(Problem.at("watch", path, "is required"));
                } else if (!between0And100(share)) {
                    problems.add(Problem.at("watch", path, "must lie above 0 and below 100 %, was " + share.toPlainString()));
                } else if (!seen.add(share)) {
                    problems.add(Problem.at("watch", path, share.toPlainString() + " % is listed twice"));
                } else if (i > 0 && caseShares.get(i - 1) != null && share.compareTo(caseShares.get(i - 1)) < 0) {
                    problems.add(Problem.at("watch", path, "shares must ascend; " + share.toPlainString()
                            + " % follows " + caseShares.get(i - 1).toPlainString() + " %"));
                }
            }
        }
        if (allowanceShare == null) {
            problems.add(Problem.at("watch", "allowanceShare", "is required"));
        } else if (allowanceShare.signum() <= 0 || allowanceShare.compareTo(HUNDRED) > 0) {
            // 100 % is the allowance used up: a warning at the breach itself, which a team may want alone
            problems.add(Problem.at("watch", "allowanceShare", "must lie above 0 and at most 100 %, was "
                    + allowanceShare.toPlainString()));
        }
        if (dueWithinBusinessDays < 0 || dueWithinBusinessDays > 365) {
            problems.add(Problem.at("watch", "dueWithinBusinessDays", "must lie between 0 and 365, was "
                    + dueWithinBusinessDays));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(null, problems);
        }
        caseShares = List.copyOf(caseShares);
    }

    /** {@return the defaults: cases at 50 % and 75 %, allowances at 75 %, obligations 2 business days ahead} */
    public static WatchTerms defaults() {
        return DEFAULTS;
    }

    /**
     * {@return these terms with other shares of a case's target}
     *
     * @param percents the shares, in percent, ascending
     */
    public WatchTerms withCaseShares(BigDecimal... percents) {
        Objects.requireNonNull(percents, "percents");
        return new WatchTerms(java.util.Arrays.asList(percents), allowanceShare, dueWithinBusinessDays);
    }

    /**
     * {@return these terms with another share of a window's downtime allowance}
     *
     * @param percent the share, in percent
     */
    public WatchTerms withAllowanceShare(BigDecimal percent) {
        return new WatchTerms(caseShares, percent, dueWithinBusinessDays);
    }

    /**
     * {@return these terms with another notice before a due date}
     *
     * @param businessDays how many business days before the due date; 0 for never
     */
    public WatchTerms withDueWithinBusinessDays(int businessDays) {
        return new WatchTerms(caseShares, allowanceShare, businessDays);
    }

    private static boolean between0And100(BigDecimal share) {
        return share.signum() > 0 && share.compareTo(HUNDRED) < 0;
    }
}
