package io.slarules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rule pack: rules a vendor adds to the default rule base, and default rules it replaces, shipped
 * as an ordinary jar. Only a descriptor: it names where the rules are and what they replace; the
 * engine ({@code sla-rules}) loads, checks and composes them when it is built, and refuses the pack
 * with a {@link RulePackException} naming the pack, the file, the line and the rule when it cannot.
 *
 * <p>The rules are either
 * <ul>
 *   <li>a <b>kjar</b> compiled at build time by {@code kie-maven-plugin} (the Drools executable model),
 *       found on the class path by its Maven coordinates ({@link Builder#kjar}): what a pack ships, and
 *       how the default rules are built; or</li>
 *   <li><b>DRL files</b> on the class path ({@link Builder#drl}), compiled when the engine is built:
 *       for writing and testing a pack, at the cost of a slower start.</li>
 * </ul>
 *
 * <p><b>A rule pack is code.</b> Its rules run inside the engine with the rights of the application;
 * trust a pack as you would trust any library you put on the class path. The engine loads only the
 * packs named in {@link SlaEngine.Builder#rulePack} or, when asked with
 * {@link SlaEngine.Builder#discoverRulePacks()}, those registered through {@link java.util.ServiceLoader};
 * it never compiles anything found in an agreement or timeline file.
 *
 * <pre>{@code
 * RulePack pack = RulePack.builder("public-works")
 *         .version("1.0.0")
 *         .description("Public works: force majeure excuses at most 5 days per event")
 *         .kjar("com.example", "public-works-pack")
 *         .replaces("attribute: force majeure shifts due date and is excused")
 *         .supportsLibraryVersions("[0.1,0.2)")
 *         .loadedBy(PublicWorksPack.class)
 *         .build();
 * SlaEngine engine = SlaEngine.builder().rulePack(pack).build();
 * }</pre>
 */
public final class RulePack {

    private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]*$");
    private static final Pattern COORDINATE = Pattern.compile("^[A-Za-z0-9_.-]+$");

    /** Where a pack's rules are. */
    public sealed interface Source permits Kjar, Drl {
    }

    /**
     * A kjar compiled at build time, found by its Maven coordinates.
     *
     * @param groupId    the kjar's group id
     * @param artifactId the kjar's artifact id
     */
    public record Kjar(String groupId, String artifactId) implements Source {
        /**
         * Validates the coordinates.
         *
         * @param groupId the kjar's group id
         * @param artifactId the kjar's artifact id
         */
        public Kjar {
            coordinate(groupId, "groupId");
            coordinate(artifactId, "artifactId");
        }

        /**
         * Where kie-maven-plugin lists the kjar's compiled rule classes.
         *
         * @return the class-path folder of the kjar's executable-model index, {@code
         *         META-INF/kie/group/artifact/drools-model}
         */
        public String modelList() {
            return "META-INF/kie/" + groupId + "/" + artifactId + "/drools-model";
        }
    }

    /**
     * DRL files on the class path, compiled when the engine is built.
     *
     * @param resources the files' class-path names, e.g. {@code com/example/pack/rules.drl}
     */
    public record Drl(List<String> resources) implements Source {
        /**
         * Validates the names.
         *
         * @param resources the files' class-path names, e.g. {@code com/example/pack/rules.drl}
         */
        public Drl {
            resources = List.copyOf(resources);
            if (resources.isEmpty()) {
                throw new IllegalArgumentException("a DRL rule pack names at least one file");
            }
            for (String r : resources) {
                if (r.isBlank() || !r.endsWith(".drl") || r.startsWith("/")) {
                    throw new IllegalArgumentException("not a class-path name of a .drl file: \"" + r + "\"");
                }
            }
        }
    }

    private final String id;
    private final String version;
    private final String description;
    private final Source source;
    private final List<String> adds;
    private final List<String> replaces;
    private final VersionRange supports;
    private final List<String> concurrentDelayPolicies;
    private final ClassLoader classLoader;

    private RulePack(Builder b) {
        this.id = b.id;
        this.version = b.version;
        this.description = b.description;
        this.source = b.source;
        this.adds = List.copyOf(b.adds);
        this.replaces = List.copyOf(b.replaces);
        this.supports = b.supports;
        this.concurrentDelayPolicies = List.copyOf(b.policies);
        this.classLoader = b.classLoader;
    }

    /**
     * A builder of a pack with the given id: lower-case letters, digits and hyphens, unique among the
     * packs of an engine; a concurrent-delay policy the pack adds is named {@code id.NAME}.
     *
     * @throws IllegalArgumentException when the id is not one
     * @param id the pack's id
     * @return a builder with no source, version or description set yet
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** {@return the pack's id} */
    public String id() {
        return id;
    }

    /** {@return the pack's own version} */
    public String version() {
        return version;
    }

    /** {@return what the pack does, for people} */
    public String description() {
        return description;
    }

    /**
     * Where its rules are.
     *
     * @return the kjar or the DRL files holding its rules
     */
    public Source source() {
        return source;
    }

    /**
     * The names of the rules the pack declares it adds; empty when it does not declare them (then
     * the engine takes whatever rules its source holds). When declared, the source must hold exactly these.
     *
     * @return the declared rule names, or an empty list when the pack declares none
     */
    public List<String> adds() {
        return adds;
    }

    /** {@return the stable names of the default rules it replaces; replaced rules never fire} */
    public List<String> replaces() {
        return replaces;
    }

    /** {@return the library versions it supports, in Maven's range notation; empty when it states none} */
    public Optional<String> supportedLibraryVersions() {
        return Optional.ofNullable(supports).map(VersionRange::text);
    }

    /**
     * {@return whether it supports the given library version}
     *
     * @param libraryVersion a version of this library, e.g. {@code 0.1.0}
     */
    public boolean supportsLibraryVersion(String libraryVersion) {
        return supports == null || supports.contains(libraryVersion);
    }

    /** {@return the concurrent-delay policies its rules add ({@code id.NAME}), which agreements may then name} */
    public List<String> concurrentDelayPolicies() {
        return concurrentDelayPolicies;
    }

    /** {@return the class loader its rules are loaded with} */
    public ClassLoader classLoader() {
        return classLoader;
    }

    @Override
    public String toString() {
        return "RulePack[" + id + " " + version + "]";
    }

    private static String coordinate(String value, String name) {
        Objects.requireNonNull(value, name);
        if (!COORDINATE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a Maven " + name + ": \"" + value + "\"");
        }
        return value;
    }

    /**
     * Describes a {@link RulePack}. Each option is checked when set; {@link #build()} checks that a
     * version and a source were given. Mutable and not thread-safe.
     */
    public static final class Builder {
        private final String id;
        private String version;
        private String description = "";
        private Source source;
        private final Set<String> adds = new LinkedHashSet<>();
        private final Set<String> replaces = new LinkedHashSet<>();
        private VersionRange supports;
        private final Set<String> policies = new LinkedHashSet<>();
        private ClassLoader classLoader;

        private Builder(String id) {
            Objects.requireNonNull(id, "id");
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("a rule pack's id is lower-case letters, digits and hyphens: \""
                        + id + "\"");
            }
            this.id = id;
        }

        /**
         * Sets the pack's own version.
         *
         * @param version the pack's version, for people and for the rule-pack listing
         * @return this builder
         */
        public Builder version(String version) {
            Objects.requireNonNull(version, "version");
            if (version.isBlank()) {
                throw new IllegalArgumentException("a rule pack's version cannot be blank");
            }
            this.version = version.strip();
            return this;
        }

        /**
         * Sets the description.
         *
         * @param description what the pack does, in a sentence for people
         * @return this builder
         */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description").strip();
            return this;
        }

        /**
         * Its rules are in a kjar compiled at build time, with these Maven coordinates.
         *
         * @param groupId the kjar's group id
         * @param artifactId the kjar's artifact id
         * @return this builder
         */
        public Builder kjar(String groupId, String artifactId) {
            return source(new Kjar(groupId, artifactId));
        }

        /**
         * Its rules are these DRL files on the class path, compiled when the engine is built.
         *
         * @param resources the DRL files' class-path names
         * @return this builder
         * @throws IllegalStateException when the pack already has a kjar or DRL files
         */
        public Builder drl(String... resources) {
            return source(new Drl(List.of(resources)));
        }

        private Builder source(Source source) {
            if (this.source != null) {
                throw new IllegalStateException("rule pack " + id + " already has its rules in " + this.source);
            }
            this.source = source;
            return this;
        }

        /**
         * Declares the names of the rules it adds; the engine checks its source holds exactly these.
         *
         * @param ruleNames the stable names of the rules the pack adds
         * @return this builder
         */
        public Builder adds(String... ruleNames) {
            addNames(adds, ruleNames, "adds");
            return this;
        }

        /**
         * Names default rules it replaces; each must exist, and no other pack may replace it too.
         *
         * @param ruleNames the stable names of default rules the pack's rules stand in for
         * @return this builder
         */
        public Builder replaces(String... ruleNames) {
            addNames(replaces, ruleNames, "replaces");
            return this;
        }

        /**
         * The library versions it supports, in Maven's range notation: {@code [0.1,0.2)}. The engine
         * refuses the pack on any other version.
         *
         * @throws IllegalArgumentException when it is not a range
         * @param range a Maven version range of this library, e.g. {@code [0.1,0.2)}
         * @return this builder
         */
        public Builder supportsLibraryVersions(String range) {
            this.supports = VersionRange.parse(range);
            return this;
        }

        /**
         * Declares a concurrent-delay policy its rules implement: {@code id.NAME}, e.g.
         * {@code public-works.DOMINANT_CAUSE}. An agreement may name it only on an engine with this pack.
         *
         * @param name the policy's name, {@code id.NAME} with this pack's id and an upper-case name
         * @return this builder
         */
        public Builder concurrentDelayPolicy(String name) {
            Objects.requireNonNull(name, "name");
            if (!name.matches("^" + Pattern.quote(id) + "\\.[A-Z][A-Z0-9_]*$")) {
                throw new IllegalArgumentException("a policy of rule pack " + id + " is named " + id
                        + ".NAME (upper case), not \"" + name + "\"");
            }
            policies.add(name);
            return this;
        }

        /**
         * Loads its rules with this class loader (default: the thread's context class loader).
         *
         * @param classLoader the class loader that sees the pack's kjar or DRL files
         * @return this builder
         */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * Loads its rules with the class loader of a class of the pack's jar.
         *
         * @param classOfThePack any class from the pack's jar
         * @return this builder
         */
        public Builder loadedBy(Class<?> classOfThePack) {
            return classLoader(Objects.requireNonNull(classOfThePack, "classOfThePack").getClassLoader());
        }

        /**
         * Builds the descriptor.
         *
         * @throws IllegalStateException when no version or no source was given
         * @return the immutable pack descriptor
         */
        public RulePack build() {
            List<String> missing = new ArrayList<>();
            if (version == null) {
                missing.add("version");
            }
            if (source == null) {
                missing.add("kjar or drl");
            }
            if (!missing.isEmpty()) {
                throw new IllegalStateException("rule pack " + id + " needs " + String.join(" and ", missing));
            }
            if (classLoader == null) {
                ClassLoader context = Thread.currentThread().getContextClassLoader();
                classLoader = context != null ? context : RulePack.class.getClassLoader();
            }
            return new RulePack(this);
        }

        private static void addNames(Set<String> to, String[] names, String what) {
            for (String name : Objects.requireNonNull(names, what)) {
                Objects.requireNonNull(name, what);
                if (name.isBlank()) {
                    throw new IllegalArgumentException("a rule name in " + what + " cannot be blank");
                }
                if (!to.add(name)) {
                    throw new IllegalArgumentException("rule \"" + name + "\" is named twice in " + what);
                }
            }
        }
    }
}
