package io.slarules;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.slarules.rules.facts.ObligationState;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The line between the API (and the pack SPI) and everything else, checked on the compiled classes
 * of sla-core and of this module (the classes generated from the DRL included). README "API and
 * pack SPI" states the same packages and counts.
 */
class ApiBoundaryTest {

    /** What a billing system calls and reads. */
    static final Set<String> API = Set.of("io.slarules", "io.slarules.model", "io.slarules.model.obligations",
            "io.slarules.model.servicelevels", "io.slarules.model.timeline", "io.slarules.model.money",
            "io.slarules.model.time", "io.slarules.calendar", "io.slarules.files", "io.slarules.report", "io.slarules.report.friction",
            "io.slarules.watch");

    /** What rule packs' rules and Java may call and match on, beyond the API. */
    static final Set<String> PACK_SPI = Set.of("io.slarules.spi", "io.slarules.calc", "io.slarules.rules.facts");

    /**
     * Public top-level types of sla-core's API and SPI packages: raise only on purpose (README). 108 with
     * {@code ExchangeRate} (issue 13): a timeline event, and a timeline event must be a top-level type of the model
     * ({@code TimelineEvent} is sealed over them); 114 with {@code io.slarules.watch} (issue 17): 6, of which
     * {@code WatchTerms} moved to the model when it became a term of the agreement (the model depends on nothing
     * else), so 5 there and the count unchanged. 118 with issue 13
     * point 8: {@code ReadingsObjective} (an objective kind, top-level as every {@code Objective}), {@code Reading} (a
     * timeline event), {@code Price} (an agreement's term, as {@code Obligation} is) and {@code Statement} (a result
     * users read, with its lines and nets nested). 119 with {@code DefaultRules} (issue 14): the default rules'
     * names, which decisions cite and packs replace, where a billing system compiling against sla-core alone can
     * name them.
     */
    static final int CORE_API_BUDGET = 119;

    /** Public top-level types of sla-rules outside {@code internal} packages: its pack SPI facts. */
    // + WatchContext (issue 17), ResolvedDowntime (issue 14); + CreditUnderLimits, CapLedger (issue 14): the cap
    // phase's limits are rules a pack replaces by name, so the credit under limits and the ledger they read are facts
    // a pack's rule matches; + WindowVerdict, RepeatedBreach, EarnBackEligible, AnnouncedInTime, ClaimsInPrecedence,
    // UpstreamShortfall (issue 14): the decisions of the rules that judge met/breached, repeat offence, earn-back,
    // maintenance announced in time, the precedence of overlapping claims and a dependent quota's shortfall, which a
    // pack replacing one of those rules by name inserts itself and the downstream rules match on
    // + WorkToStart (issue 14): what the rule that starts work decides on. - ServiceLevelContext, WatchContext (issue
    // 14, one pipeline shape): every session holds the one EvaluationContext; the month's caps moved into the
    // CapLedger the cap rules already read, the history is the model's History inserted as it is, the watch terms
    // are a term of the agreement
    static final int RULES_SPI_BUDGET = 26;

    static final JavaClasses CORE = new ClassFileImporter()
            .importUrl(SlaEngine.class.getProtectionDomain().getCodeSource().getLocation());
    static final JavaClasses RULES = new ClassFileImporter()
            .importUrl(ObligationState.class.getProtectionDomain().getCodeSource().getLocation());

    @Test
    void coreDoesNotDependOnDrools() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
                .because("a billing system compiles against sla-core alone (DESIGN §2)")
                .check(CORE);
    }

    @Test
    void apiAndSpiSignaturesExposeNoInternalOrDroolsType() {
        ArchRule rule = classes().that(areApiOrSpi()).should(exposeOnlyApiTypes())
                .because("what users may rely on must not lead them to what may change in any release");
        rule.check(CORE);
        rule.check(RULES);
    }

    @Test
    void everyPublicTypeIsApiSpiOrInternal() {
        ArchRule rule = classes().that(arePublicTopLevel()).and().resideInAPackage("io.slarules..")
                .should(beInApiSpiOrInternalPackage())
                .because("a public type outside the API and the SPI belongs under an internal package");
        rule.check(CORE);
        rule.check(RULES);
    }

    @Test
    void resultTypesHaveNoLongPublicConstructor() {
        // the model's records are built by users and have builders; everything else in the API is read
        classes().that(areApiOrSpi()).and().resideOutsideOfPackage("io.slarules.model..")
                .should(haveNoPublicConstructorOfAtLeast(8))
                .because("a result type a caller only reads may gain a field in a minor release")
                .check(CORE);
    }

    @Test
    void examplePacksUseNoInternalPackage() throws IOException {
        Pattern internal = Pattern.compile("io\\.slarules(\\.\\w+)*\\.internal\\b");
        Path examples = Path.of("..", "examples");
        List<String> uses = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(examples)) {
            sources = files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".drl"))
                    .filter(p -> !p.toString().contains("target")).toList();
        }
        for (Path source : sources) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = internal.matcher(lines.get(i));
                if (m.find()) {
                    uses.add(examples.relativize(source) + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(sources).as("the example packs' sources").hasSizeGreaterThan(10);
        assertThat(uses).as("examples are written against the API and the pack SPI only").isEmpty();
    }

    @Test
    void publicTypeCountsStayWithinBudget() {
        Map<String, Integer> core = publicTopLevelTypesByPackage(CORE);
        Map<String, Integer> rules = publicTopLevelTypesByPackage(RULES);
        print("sla-core", core);
        print("sla-rules", rules);
        assertThat(sum(core, false)).as("sla-core API and SPI public top-level types")
                .isLessThanOrEqualTo(CORE_API_BUDGET);
        assertThat(sum(rules, false)).as("sla-rules public top-level types outside internal packages")
                .isLessThanOrEqualTo(RULES_SPI_BUDGET);
    }

    // ---- the line

    static boolean isInternal(String pkg) {
        return pkg.contains(".internal.") || pkg.endsWith(".internal");
    }

    static boolean isApiOrSpi(String pkg) {
        return API.contains(pkg) || PACK_SPI.contains(pkg);
    }

    /** Public, and so are the classes it is nested in. */
    static boolean isEffectivelyPublic(JavaClass c) {
        if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.isAnonymousClass() || c.isLocalClass()) {
            return false;
        }
        return c.getEnclosingClass().map(ApiBoundaryTest::isEffectivelyPublic).orElse(true);
    }

    static DescribedPredicate<JavaClass> areApiOrSpi() {
        return DescribedPredicate.describe("are public types of an API or pack SPI package",
                c -> isApiOrSpi(c.getPackageName()) && isEffectivelyPublic(c));
    }

    static DescribedPredicate<JavaClass> arePublicTopLevel() {
        return DescribedPredicate.describe("are public top-level types",
                c -> c.isTopLevelClass() && c.getModifiers().contains(JavaModifier.PUBLIC)
                        && !c.getSimpleName().equals("package-info"));
    }

    static ArchCondition<JavaClass> beInApiSpiOrInternalPackage() {
        return new ArchCondition<>("be in an API, pack SPI or internal package") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String pkg = c.getPackageName();
                boolean ok = isApiOrSpi(pkg) || isInternal(pkg);
                events.add(new SimpleConditionEvent(c, ok, c.getName() + " is public in " + pkg
                        + ", which is neither API, pack SPI nor internal"));
            }
        };
    }

    /** Types a signature may not name: ours under {@code internal}, and Drools'. */
    static boolean isForbidden(JavaClass type) {
        String pkg = type.getPackageName();
        return pkg.startsWith("io.slarules") && isInternal(pkg) || pkg.startsWith("org.drools")
                || pkg.startsWith("org.kie");
    }

    static ArchCondition<JavaClass> exposeOnlyApiTypes() {
        return new ArchCondition<>("expose no internal or Drools type in a public or protected signature") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<String> found = new ArrayList<>();
                c.getSuperclass().ifPresent(t -> note(found, c.getName() + " extends", t));
                c.getInterfaces().forEach(t -> note(found, c.getName() + " implements", t));
                for (JavaField f : c.getFields()) {
                    if (visible(f)) {
                        note(found, f.getFullName(), f.getType());
                    }
                }
                for (JavaCodeUnit u : c.getCodeUnits()) {
                    if (!visible(u) || u.getModifiers().contains(JavaModifier.SYNTHETIC)
                            || u.getModifiers().contains(JavaModifier.BRIDGE)) {
                        continue;
                    }
                    note(found, u.getFullName() + " returns", u.getReturnType());
                    u.getParameterTypes().forEach(t -> note(found, u.getFullName() + " takes", t));
                    u.getThrowsClause().getTypes().forEach(t -> note(found, u.getFullName() + " throws", t));
                }
                events.add(new SimpleConditionEvent(c, found.isEmpty(), String.join("\n", found)));
            }
        };
    }

    static boolean visible(JavaMember m) {
        Set<JavaModifier> modifiers = m.getModifiers();
        return modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED);
    }

    /** Every raw type the signature involves, type arguments and bounds included. */
    static void note(List<String> found, String where, JavaType type) {
        for (JavaClass involved : type.getAllInvolvedRawTypes()) {
            if (isForbidden(involved)) {
                found.add(where + " " + involved.getName());
            }
        }
    }

    static ArchCondition<JavaClass> haveNoPublicConstructorOfAtLeast(int parameters) {
        return new ArchCondition<>("have no public constructor of " + parameters + " or more parameters") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                for (JavaConstructor k : c.getConstructors()) {
                    int n = k.getRawParameterTypes().size();
                    if (k.getModifiers().contains(JavaModifier.PUBLIC) && n >= parameters) {
                        events.add(SimpleConditionEvent.violated(c, k.getFullName() + " is public and takes "
                                + n + " parameters"));
                    }
                }
            }
        };
    }

    // ---- the counts

    static Map<String, Integer> publicTopLevelTypesByPackage(JavaClasses imported) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JavaClass c : imported) {
            if (arePublicTopLevel().test(c)) {
                String pkg = c.getPackageName();
                // the classes Drools generates from the DRL live in sub-packages of the rules' package
                String key = pkg.matches(".*\\.internal\\.P[0-9A-F]{2}") ? pkg.replaceAll("P[0-9A-F]{2}$", "P*")
                        : pkg;
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts;
    }

    static int sum(Map<String, Integer> counts, boolean internal) {
        return counts.entrySet().stream().filter(e -> isInternal(e.getKey()) == internal)
                .mapToInt(Map.Entry::getValue).sum();
    }

    static void print(String module, Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder(module + ": public top-level types by package\n");
        counts.forEach((pkg, n) -> out.append(String.format("  %-40s %4d  %s%n", pkg, n,
                API.contains(pkg) ? "API" : PACK_SPI.contains(pkg) ? "pack SPI" : "internal")));
        out.append(String.format("  %-40s %4d%n  %-40s %4d%n", "API and pack SPI", sum(counts, false), "internal",
                sum(counts, true)));
        System.out.print(out);
    }
}
