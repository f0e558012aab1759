package io.slarules.model;

import io.slarules.InvalidInputException;
import io.slarules.Problem;
import io.slarules.internal.model.Checks;
import io.slarules.model.servicelevels.AvailabilityObjective;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.MaintenanceWindow;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.QuotaObjective;
import io.slarules.model.servicelevels.RatioObjective;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.CalendarSpec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A multi-level agreement: parties, zone, currency and dates once, and levels of service-level
 * terms (corporate, customer, service) each inheriting from the one above. {@link #resolve} gives
 * the effective agreement of a level, in which every term records the level it came from
 * ({@link ServiceLevels#sources()}): {@code "objective AVAIL"} and {@code "credit 4.2"} name the
 * level that first stated the objective or clause, {@code "objective AVAIL target"} and
 * {@code "credit 4.2 bands"} (also {@code cap}, {@code minimum}) the level whose value is in force.
 *
 * @param base   the agreement's parties, zone, currency, dates, and any obligations; its own
 *               service levels are ignored
 * @param levels the levels, each naming its parent (one has none)
 */
public record LevelledAgreement(Agreement base, List<AgreementLevel> levels) {

    /**
     * Validates the levels: known parents, no cycle, no weakened minimum, and each level's
     * effective terms complete and consistent, listing every problem found.
     *
     * @param base the agreement's parties, zone, currency, dates, and any obligations; its own service levels are
     *             ignored
     * @param levels the levels, each naming its parent (one has none)
     */
    public LevelledAgreement {
        Checks.present(base, "agreement", "base");
        levels = Checks.list(levels, "agreement", "levels");
        List<Problem> problems = new ArrayList<>();
        Map<String, AgreementLevel> byId = new LinkedHashMap<>();
        for (AgreementLevel level : levels) {
            if (byId.putIfAbsent(level.id(), level) != null) {
                problems.add(Problem.at("agreement", "levels[" + level.id() + "].id", "duplicate level id " + level.id()));
            }
        }
        for (AgreementLevel level : levels) {
            level.parent().filter(p -> !byId.containsKey(p)).ifPresent(p -> problems.add(Problem.at("agreement",
                    "levels[" + level.id() + "].parent", "unknown parent level " + p)));
        }
        if (levels.isEmpty()) {
            problems.add(Problem.at("agreement", "levels", "a multi-level agreement needs at least one level"));
        }
        for (AgreementLevel level : levels) {
            List<String> chain = chain(level.id(), byId);
            if (chain == null) {
                problems.add(Problem.at("agreement", "levels[" + level.id() + "].parent",
                        "inheritance cycle through level " + level.id()));
            }
        }
        if (problems.isEmpty()) {
            for (AgreementLevel level : levels) {
                weakenedMinimums(level, byId, problems);
            }
        }
        if (problems.isEmpty()) {
            for (AgreementLevel level : levels) {
                try {
                    merged(base, chain(level.id(), byId), byId);
                } catch (InvalidInputException e) {
                    e.problems().forEach(p -> problems.add(Problem.at(p.source(),
                            "levels[" + level.id() + "]" + (p.path().isEmpty() ? "" : "." + p.path()), p.message())));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(base.id(), problems);
        }
    }

    /**
     * {@return the level with the given id}
     *
     * @param id the level's id
     */
    public Optional<AgreementLevel> level(String id) {
        return levels.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /**
     * The effective agreement of a level: its terms and everything it inherits, each term's source
     * recorded. Its id is the base agreement's id, a slash and the level's id.
     *
     * @throws InvalidInputException when there is no such level
     * @param levelId the level's id
     * @return the agreement in force at that level
     */
    public Agreement resolve(String levelId) {
        Map<String, AgreementLevel> byId = new HashMap<>();
        levels.forEach(l -> byId.put(l.id(), l));
        if (!byId.containsKey(levelId)) {
            throw InvalidInputException.of(base.id(), Problem.at("agreement", "levels", "unknown level " + levelId));
        }
        return merged(base, chain(levelId, byId), byId);
    }

    /**
     * {@return the effective terms of a level and the level each comes from, one per line}
     *
     * @param levelId the level's id
     */
    public String explain(String levelId) {
        Agreement effective = resolve(levelId);
        StringBuilder text = new StringBuilder("Effective terms of " + effective.id() + ":\n");
        effective.serviceLevels().sources().forEach((term, level) ->
                text.append("  ").append(term).append(": from the ").append(level).append(" level\n"));
        return text.toString();
    }

    /** The level ids from the top down to {@code id}; null on a cycle. */
    private static List<String> chain(String id, Map<String, AgreementLevel> byId) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Optional<String> at = Optional.of(id);
        while (at.isPresent()) {
            if (!seen.add(at.get())) {
                return null;
            }
            chain.add(0, at.get());
            AgreementLevel level = byId.get(at.get());
            at = level == null ? Optional.empty() : level.parent();
        }
        return chain;
    }

    /** A level may not state a target below a minimum any level above it set for the same objective. */
    private static void weakenedMinimums(AgreementLevel level, Map<String, AgreementLevel> byId, List<Problem> problems) {
        List<String> chain = chain(level.id(), byId);
        for (int i = 0; i < chain.size() - 1; i++) {
            AgreementLevel above = byId.get(chain.get(i));
            for (String objective : above.minimums()) {
                Optional<java.math.BigDecimal> minimum = above.terms().objective(objective).flatMap(LevelledAgreement::target);
                Optional<java.math.BigDecimal> own = level.terms().objective(objective).flatMap(LevelledAgreement::target);
                if (minimum.isPresent() && own.isPresent() && own.get().compareTo(minimum.get()) < 0) {
                    problems.add(Problem.at("agreement", "levels[" + level.id() + "].objectives[" + objective + "].target",
                            "the " + level.name() + " level sets " + own.get().toPlainString() + " %, below the minimum "
                                    + minimum.get().toPlainString() + " % the " + above.name() + " level set for "
                                    + objective));
                }
            }
        }
    }

    private static Optional<java.math.BigDecimal> target(Objective o) {
        if (o instanceof AvailabilityObjective a) {
            return Optional.of(a.target());
        }
        if (o instanceof RatioObjective r) {
            return Optional.of(r.target());
        }
        if (o instanceof QuotaObjective q) {
            return Optional.of(java.math.BigDecimal.valueOf(q.target()));
        }
        return Optional.empty();
    }

    private static Agreement merged(Agreement base, List<String> chain, Map<String, AgreementLevel> byId) {
        Map<String, Service> services = new LinkedHashMap<>();
        Map<String, CalendarSpec> calendars = new LinkedHashMap<>();
        Map<String, Objective> objectives = new LinkedHashMap<>();
        Map<String, ServiceCredit> credits = new LinkedHashMap<>();
        List<MaintenanceWindow> maintenance = List.of();
        Optional<java.time.Duration> notice = Optional.empty();
        CreditCaps caps = CreditCaps.NONE;
        Map<String, String> sources = new java.util.TreeMap<>();
        for (String id : chain) {
            AgreementLevel level = byId.get(id);
            ServiceLevels terms = level.terms();
            String name = level.name();
            put(terms.services(), Service::id, services, "service ", name, sources);
            put(terms.calendars(), CalendarSpec::id, calendars, "calendar ", name, sources);
            for (Objective o : terms.objectives()) {
                Objective before = objectives.put(o.id(), o);
                sources.putIfAbsent("objective " + o.id(), name);
                field(sources, "objective " + o.id() + " target", name, before == null ? null : target(before), target(o));
                field(sources, "objective " + o.id() + " terms", name, before, o);
            }
            for (ServiceCredit c : terms.credits()) {
                ServiceCredit before = credits.put(c.id(), c);
                sources.putIfAbsent("credit " + c.id(), name);
                field(sources, "credit " + c.id() + " bands", name, before == null ? null : before.bands(), c.bands());
                field(sources, "credit " + c.id() + " cap", name, before == null ? null : before.cap(), c.cap());
                field(sources, "credit " + c.id() + " minimum", name, before == null ? null : before.minimum(), c.minimum());
            }
            if (!terms.maintenance().isEmpty() || terms.maintenanceNotice().isPresent()) {
                maintenance = terms.maintenance();
                notice = terms.maintenanceNotice();
                sources.put("maintenance", name);
            }
            if (!terms.caps().equals(CreditCaps.NONE)) {
                caps = terms.caps();
                sources.put("caps", name);
            }
        }
        ServiceLevels levels = new ServiceLevels(List.copyOf(services.values()), List.copyOf(calendars.values()),
                maintenance, notice, List.copyOf(objectives.values()), List.copyOf(credits.values()), caps, List.of(),
                sources);
        return new Agreement(base.id() + "/" + chain.get(chain.size() - 1), AgreementKind.MULTI_LEVEL, base.parties(),
                base.zone(), base.currency(), base.effective(), base.holidays(), base.moneyRounding(), base.obligations(),
                base.penalties(), levels, List.of(), base.concurrentDelay()).withForceMajeureClauses(
                base.forceMajeureClauses()).withPrices(base.prices()).withWatchTerms(base.watchTerms());
    }

    private static <T> void put(List<T> items, Function<T, String> id, Map<String, T> into, String prefix, String level,
                                Map<String, String> sources) {
        for (T item : items) {
            into.put(id.apply(item), item);
            sources.put(prefix + id.apply(item), level);
        }
    }

    /** The field's source moves to this level only when this level changed its value. */
    private static void field(Map<String, String> sources, String term, String level, Object before, Object now) {
        boolean none = now == null || now instanceof Optional<?> o && o.isEmpty()
                || now instanceof java.util.Collection<?> c && c.isEmpty();
        if (none && (before == null || before.equals(now))) {
            // a term the clause does not have has no source to report
            return;
        }
        if (before == null || !Objects.equals(before, now)) {
            sources.put(term, level);
        }
    }
}
