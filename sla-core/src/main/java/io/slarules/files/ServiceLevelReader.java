package io.slarules.files;

import com.fasterxml.jackson.databind.JsonNode;
import io.slarules.calendar.TimeRange;
import io.slarules.calendar.WeeklyHours;
import io.slarules.model.Party;
import io.slarules.model.PartyRole;
import io.slarules.model.Subscription;
import io.slarules.model.money.Amount;
import io.slarules.model.money.Money;
import io.slarules.model.servicelevels.CreditCaps;
import io.slarules.model.servicelevels.MaintenanceWindow;
import io.slarules.model.servicelevels.Objective;
import io.slarules.model.servicelevels.Service;
import io.slarules.model.servicelevels.ServiceCredit;
import io.slarules.model.servicelevels.ServiceLevels;
import io.slarules.model.time.CalendarSpec;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the service-level sections of an agreement file: {@code services}, {@code calendars},
 * {@code maintenance}, {@code objectives}, {@code credits} and {@code caps}, and a service-based
 * agreement's {@code subscriptions}. An agreement without any of them has {@link ServiceLevels#NONE}.
 */
final class ServiceLevelReader {

    static final Shape SERVICE = Shape.of(List.of("id", "monthlyFee"), List.of("name", "cap"));
    static final Shape SUBSCRIPTION = Shape.of(List.of("id", "customer", "service", "fee", "start"), List.of());
    static final Shape SUBSCRIBER = Shape.of(List.of("id", "name"), List.of());
    /** The sections of service-level terms, in an agreement, an amendment or a level. */
    static final List<String> SECTIONS = List.of("services", "calendars", "maintenance", "objectives", "credits", "caps");
    static final Shape CALENDAR = Shape.of(List.of("id", "hours"), List.of("zone", "holidays", "publicHolidays"));
    /** The shorthand first: a named day replaces it for that day. */
    static final Shape HOURS = Shape.of(List.of(), List.of("mondayToFriday", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday"));
    static final Shape PUBLIC_HOLIDAYS = Shape.of(List.of("country"), List.of("subdivision"));
    static final Shape MAINTENANCE = Shape.of(List.of(), List.of("windows", "notice"));
    static final Shape MAINTENANCE_WINDOW = Shape.of(List.of("day", "hours"), List.of());
    static final Shape CAPS = Shape.of(List.of(), List.of("perMonth", "rolling"));
    static final Shape ROLLING_CAP = Shape.of(List.of("months", "percent"), List.of());
    static final Shape BILLING_CYCLE = Shape.of(List.of(), List.of("dayOfMonth", "weekStart", "quarterStart"));
    static final Map<String, java.time.Month> MONTHS = Values.names(List.of(java.time.Month.values()));

    static final Map<String, DayOfWeek> DAYS = Values.names(List.of(DayOfWeek.values()));

    private static final Pattern COUNTRY = Pattern.compile("^[A-Za-z]{2}$");
    private static final Pattern SUBDIVISION = Pattern.compile("^([A-Za-z]{2}-)?[A-Za-z0-9]{1,8}$");

    private ServiceLevelReader() {
    }

    /** Whether the fields include a service-level section. */
    static boolean any(Fields f) {
        return SECTIONS.stream().anyMatch(f::has);
    }

    /**
     * The service levels of the agreement whose fields {@code f} are, with its subscriptions, as far
     * as they could be read: an element with problems (all of them recorded) is left out.
     */
    static ServiceLevels read(NodeReader reader, Fields f) {
        List<Subscription> subscriptions = f.optionalList("subscriptions", (node, path) -> subscription(reader, node, path));
        ServiceLevels.BillingCycle cycle = f.optional("billingCycle", (node, path) -> billingCycle(reader, node, path));
        if (!any(f) && !f.has("subscriptions")) {
            return ServiceLevels.NONE;
        }
        ServiceLevels levels = sections(reader, f, "", (node, path) -> ObjectiveReader.objective(reader, node, path),
                (node, path) -> CreditReader.credit(reader, node, path), subscriptions);
        return cycle == null || levels == null ? levels : levels.withBillingCycle(cycle);
    }

    /** {@code {dayOfMonth: 16, weekStart: WEDNESDAY, quarterStart: FEBRUARY}}: where billing periods start. */
    private static ServiceLevels.BillingCycle billingCycle(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, BILLING_CYCLE);
        Long day = f.optional("dayOfMonth", Values::longValue);
        if (day != null && (day < 1 || day > 28)) {
            reader.problem(f.path("dayOfMonth"), "a billing month starts on a day every month has, 1 to 28, was " + day);
            return null;
        }
        DayOfWeek weekStart = f.optional("weekStart", Values.choice(DAYS));
        java.time.Month quarterStart = f.optional("quarterStart", Values.choice(MONTHS));
        ServiceLevels.BillingCycle calendar = ServiceLevels.BillingCycle.CALENDAR;
        return reader.build(mark, path, () -> new ServiceLevels.BillingCycle(day == null ? 1 : day.intValue(),
                weekStart == null ? calendar.weekStart() : weekStart,
                quarterStart == null ? calendar.quarterStart() : quarterStart));
    }

    /**
     * The service-level sections of an agreement, an amendment or a level whose fields {@code f}
     * are, objectives and credits read by the given readers (a level's merge them over its
     * parent's first), as far as they could be read: an element or section with problems (all of
     * them recorded) is left out. An amendment or a level that needs them whole checks for
     * problems found since it began.
     */
    static ServiceLevels sections(NodeReader reader, Fields f, String path, Nested<Objective> objective,
                                  Nested<ServiceCredit> credit, List<Subscription> subscriptions) {
        List<Service> services = f.optionalList("services", (node, at) -> service(reader, node, at));
        List<CalendarSpec> calendars = f.optionalList("calendars", (node, at) -> calendar(reader, node, at));
        Maintenance maintenance = f.optional("maintenance", (node, at) -> maintenance(reader, node, at));
        List<Objective> objectives = f.optionalList("objectives", objective);
        List<ServiceCredit> credits = f.optionalList("credits", credit);
        CreditCaps caps = f.optional("caps", (node, at) -> caps(reader, node, at));
        Maintenance m = maintenance == null ? Maintenance.NONE : maintenance;
        return reader.build(reader.mark(), path, () -> new ServiceLevels(services, calendars, m.windows(), m.notice(),
                objectives, credits, caps == null ? CreditCaps.NONE : caps, subscriptions));
    }

    private static Service service(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, SERVICE);
        String id = f.required("id", Values::id);
        String name = f.optional("name", Values::text);
        Money monthlyFee = f.required("monthlyFee", Values::money);
        Amount cap = f.optional("cap", Values::amount);
        return reader.build(mark, path, () -> new Service(id, name, monthlyFee, Optional.ofNullable(cap)));
    }

    /** {@code {id, customer: {id, name}, service, fee, start}}: a subscriber of a service-based agreement. */
    private static Subscription subscription(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, SUBSCRIPTION);
        String id = f.required("id", Values::id);
        Party customer = f.required("customer", (n, at) -> subscriber(reader, n, at));
        String service = f.required("service", Values::id);
        Money fee = f.required("fee", Values::money);
        LocalDate start = f.required("start", Values::date);
        return reader.build(mark, path, () -> new Subscription(id, customer, service, fee, start));
    }

    private static Party subscriber(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, SUBSCRIBER);
        String id = f.required("id", Values::id);
        String name = f.required("name", Values::text);
        return reader.build(mark, path, () -> new Party(id, name, PartyRole.CUSTOMER, Optional.empty()));
    }

    private static CalendarSpec calendar(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, CALENDAR);
        String id = f.required("id", Values::id);
        ZoneId zone = f.optional("zone", Values::zone);
        WeeklyHours hours = f.required("hours", (n, at) -> hours(reader, n, at));
        List<LocalDate> holidays = f.optionalList("holidays", reader.scalar(Values::date));
        Region region = f.optional("publicHolidays", (n, at) -> publicHolidays(reader, n, at));
        return reader.build(mark, path, () -> new CalendarSpec(id, Optional.ofNullable(zone), hours, holidays,
                Optional.ofNullable(region).map(Region::country), Optional.ofNullable(region).flatMap(Region::subdivision)));
    }

    /**
     * Working hours by day of the week: {@code mondayToFriday} for the same ranges on each working
     * day, a day's own field for that day (which replaces the shorthand there). Each day's ranges
     * are in order and do not overlap, so a lunch break is two ranges.
     */
    private static WeeklyHours hours(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, HOURS);
        Map<DayOfWeek, List<TimeRange>> byDay = new EnumMap<>(DayOfWeek.class);
        List<TimeRange> weekdays = ranges(reader, f, "mondayToFriday");
        if (weekdays != null) {
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
                byDay.put(day, weekdays);
            }
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            List<TimeRange> own = ranges(reader, f, day.name().toLowerCase(Locale.ROOT));
            if (own != null) {
                byDay.put(day, own);
            }
        }
        return reader.build(mark, path, () -> WeeklyHours.of(byDay));
    }

    /** The ranges of one field of {@code hours}, checked to be in order and apart; null when absent or wrong. */
    private static List<TimeRange> ranges(NodeReader reader, Fields f, String field) {
        if (!f.has(field)) {
            return null;
        }
        int mark = reader.mark();
        List<TimeRange> ranges = f.optionalList(field, reader.scalar(Values::timeRange));
        for (int i = 1; i < ranges.size() && reader.mark() == mark; i++) {
            TimeRange before = ranges.get(i - 1);
            TimeRange after = ranges.get(i);
            if (after.overlaps(before) || after.start().isBefore(before.start())) {
                reader.problem(f.path(field), "the ranges " + before + " and " + after
                        + (after.overlaps(before) ? " overlap" : " are not in order") + "; list a day's ranges in order, apart");
            }
        }
        return reader.mark() == mark ? ranges : null;
    }

    /** Whose public holidays a calendar has, as written. */
    private record Region(String country, Optional<String> subdivision) {
    }

    /**
     * {@code {country, subdivision}}. The codes' form is checked here, so that a malformed one is
     * reported at its field; whether a holiday provider knows them is the agreement's check.
     */
    private static Region publicHolidays(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, PUBLIC_HOLIDAYS);
        String country = f.required("country", Values::id);
        String subdivision = f.optional("subdivision", Values::id);
        if (country != null && !COUNTRY.matcher(country).matches()) {
            reader.problem(f.path("country"), "not a country code: \"" + country
                    + "\" (expected ISO 3166-1 alpha-2, e.g. DE)");
        }
        if (subdivision != null && (!SUBDIVISION.matcher(subdivision).matches() || country != null
                && subdivision.contains("-") && !subdivision.regionMatches(true, 0, country, 0, 2))) {
            reader.problem(f.path("subdivision"), "not a subdivision of " + country + ": \"" + subdivision
                    + "\" (expected ISO 3166-2, e.g. BY or DE-BY)");
        }
        return reader.mark() == mark ? new Region(country, Optional.ofNullable(subdivision)) : null;
    }

    /** The maintenance section as read. */
    private record Maintenance(List<MaintenanceWindow> windows, Optional<Duration> notice) {
        static final Maintenance NONE = new Maintenance(List.of(), Optional.empty());
    }

    private static Maintenance maintenance(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, MAINTENANCE);
        List<MaintenanceWindow> windows = f.optionalList("windows", (n, at) -> maintenanceWindow(reader, n, at));
        Duration notice = f.optional("notice", Values::duration);
        return reader.build(mark, path, () -> new Maintenance(windows, Optional.ofNullable(notice)));
    }

    private static MaintenanceWindow maintenanceWindow(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, MAINTENANCE_WINDOW);
        DayOfWeek day = f.required("day", Values.choice(DAYS));
        TimeRange hours = f.required("hours", Values::timeRange);
        return reader.build(mark, path, () -> new MaintenanceWindow(day, hours));
    }

    private static CreditCaps caps(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, CAPS);
        Amount perMonth = f.optional("perMonth", Values::amount);
        CreditCaps.RollingCap rolling = f.optional("rolling", (n, at) -> rollingCap(reader, n, at));
        return reader.build(mark, path, () -> new CreditCaps(Optional.ofNullable(perMonth), Optional.ofNullable(rolling)));
    }

    private static CreditCaps.RollingCap rollingCap(NodeReader reader, JsonNode node, String path) {
        int mark = reader.mark();
        Fields f = reader.fields(node, path, ROLLING_CAP);
        Integer months = f.required("months", Values::intValue);
        BigDecimal percent = f.required("percent", Values::percent);
        return reader.build(mark, path, () -> new CreditCaps.RollingCap(months, percent));
    }
}
