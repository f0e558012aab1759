package io.slarules.rules.internal.engine;

import io.slarules.EvaluationFailedException;
import io.slarules.LibraryVersion;
import io.slarules.RulePack;
import io.slarules.RulePackException;
import io.slarules.RulePackProblem;
import io.slarules.RulePackProblem.Reason;
import io.slarules.model.obligations.ConcurrentDelay;
import org.drools.base.definitions.InternalKnowledgePackage;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the rule base of an engine from the default rules and rule packs, refusing packs that do
 * not load, do not compile or do not fit: every problem is collected, then thrown at once as a
 * {@link RulePackException}.
 *
 * <p>A kjar pack's compiled model classes are loaded as the default rules' are; a DRL pack is
 * compiled to the executable model here. The KieBase is built from the default models and the kjar
 * packs' models, the DRL packs' packages are added to it, and the replaced rules are removed from
 * it: a replaced rule does not exist in the engine, so it can never fire.
 */
public final class RuleBaseComposer {

    private static final Logger LOG = LoggerFactory.getLogger(RuleBaseComposer.class);
    private static final AtomicLong BUILDS = new AtomicLong();

    /** A rule as a pack holds it. */
    private record PackRule(String pack, String pkg, String name, String agendaGroup) {
    }

    /** What loading a pack gave. */
    private record Loaded(RulePack pack, List<Model> models, KieBase drlBase, List<PackRule> rules, DrlIndex index) {
    }

    private final List<RulePackProblem> problems = new ArrayList<>();

    private RuleBaseComposer() {
    }

    /**
     * The rule base of the default rules ({@code defaultModels}) and {@code packs}.
     *
     * @throws RulePackException listing every problem found
     */
    static RuleBase compose(List<Model> defaultModels, List<RulePack> packs) {
        return new RuleBaseComposer().build(defaultModels, packs);
    }

    private RuleBase build(List<Model> defaultModels, List<RulePack> packs) {
        String library = LibraryVersion.current();
        Set<String> ids = new LinkedHashSet<>();
        List<Loaded> loaded = new ArrayList<>();
        for (RulePack pack : packs) {
            if (!ids.add(pack.id())) {
                problem(Reason.DUPLICATE_PACK, pack, DrlIndex.Location.UNKNOWN, "",
                        "two rule packs have the id " + pack.id());
                continue;
            }
            if (!pack.supportsLibraryVersion(library)) {
                problem(Reason.UNSUPPORTED_LIBRARY_VERSION, pack, DrlIndex.Location.UNKNOWN, "",
                        "supports library versions " + pack.supportedLibraryVersions().orElseThrow()
                                + ", this is " + library);
                continue;
            }
            Loaded l = pack.source() instanceof RulePack.Kjar kjar ? loadKjar(pack, kjar)
                    : loadDrl(pack, (RulePack.Drl) pack.source());
            if (l != null) {
                loaded.add(l);
            }
        }

        // every rule's name, the default rules' first: a name is an address and must be unique
        Map<String, String> packOfRule = new LinkedHashMap<>();
        Map<String, String> pkgOfRule = new HashMap<>();
        for (Model model : defaultModels) {
            for (Rule rule : model.getRules()) {
                packOfRule.put(rule.getName(), EvaluationFailedException.DEFAULT_RULES);
                pkgOfRule.put(rule.getName(), rule.getPackage());
            }
        }
        for (Loaded l : loaded) {
            checkDeclared(l);
            for (PackRule rule : l.rules()) {
                String earlier = packOfRule.putIfAbsent(rule.name(), rule.pack());
                if (earlier != null) {
                    problem(Reason.DUPLICATE_RULE_NAME, l.pack(), l.index().of(rule.name()), rule.name(),
                            "a rule of " + (earlier.equals(rule.pack()) ? "this pack" : earlier.equals(
                                    EvaluationFailedException.DEFAULT_RULES) ? "the default rules" : "rule pack " + earlier)
                                    + " has the same name");
                    continue;
                }
                pkgOfRule.put(rule.name(), rule.pkg());
                if (Phase.ofAgendaGroup(rule.agendaGroup()).isEmpty()) {
                    problem(Reason.RULE_WITHOUT_PHASE, l.pack(), l.index().of(rule.name()), rule.name(),
                            "agenda-group \"" + rule.agendaGroup() + "\" is no phase; a rule names one of "
                                    + java.util.Arrays.stream(Phase.values()).map(Phase::agendaGroup).toList());
                }
            }
        }
        Map<String, String> replacedBy = new LinkedHashMap<>();
        for (Loaded l : loaded) {
            for (String replaced : l.pack().replaces()) {
                String owner = packOfRule.get(replaced);
                if (owner == null || owner.equals(l.pack().id())) {
                    problem(Reason.UNKNOWN_RULE_REPLACED, l.pack(), DrlIndex.Location.UNKNOWN, replaced,
                            "replaces a rule that does not exist" + suggestion(replaced, packOfRule.keySet()));
                    continue;
                }
                String first = replacedBy.putIfAbsent(replaced, l.pack().id());
                if (first != null) {
                    problem(Reason.REPLACED_TWICE, l.pack(), DrlIndex.Location.UNKNOWN, replaced,
                            "rule pack " + first + " replaces it too; one rule is replaced by one pack");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RulePackException(problems);
        }

        List<Model> models = new ArrayList<>(defaultModels);
        loaded.forEach(l -> models.addAll(l.models()));
        KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models, EventProcessingOption.CLOUD);
        for (Loaded l : loaded) {
            if (l.drlBase() != null) {
                List<InternalKnowledgePackage> added = new ArrayList<>();
                for (KiePackage p : l.drlBase().getKiePackages()) {
                    added.add((InternalKnowledgePackage) p);
                }
                ((InternalKnowledgeBase) kieBase).addPackages(added);
            }
        }
        for (String replaced : replacedBy.keySet()) {
            kieBase.removeRule(pkgOfRule.get(replaced), replaced);
            packOfRule.remove(replaced);
        }
        Set<String> policies = new TreeSet<>(ConcurrentDelay.BUILT_IN);
        loaded.forEach(l -> policies.addAll(l.pack().concurrentDelayPolicies()));
        List<String> names = loaded.stream().map(l -> l.pack().id() + " " + l.pack().version()).toList();
        LOG.info("SLA Rules: rule base composed of the default rules and rule packs {}; rules replaced: {}", names,
                replacedBy);
        return new RuleBase(kieBase, packOfRule, policies, names);
    }

    private Loaded loadKjar(RulePack pack, RulePack.Kjar kjar) {
        ClassLoader loader = pack.classLoader();
        String list = DrlSources.read(loader, kjar.modelList());
        DrlIndex.Location at = new DrlIndex.Location(kjar.modelList(), 0);
        if (list == null) {
            problem(Reason.NOT_FOUND, pack, at, "", "no kjar " + kjar.groupId() + ":" + kjar.artifactId()
                    + " on the class path (is it built with kie-maven-plugin, and a dependency?)");
            return null;
        }
        List<Model> models = new ArrayList<>();
        for (String line : list.split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.contains(":")) {
                continue;
            }
            try {
                models.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
            } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
                problem(Reason.DOES_NOT_COMPILE, pack, at, "", "its compiled rules " + name
                        + " do not load against this library (built for another version?): " + e);
                return null;
            }
        }
        if (models.isEmpty()) {
            problem(Reason.NOT_FOUND, pack, at, "", "the kjar lists no compiled rules");
            return null;
        }
        List<PackRule> rules = new ArrayList<>();
        Set<String> packages = new TreeSet<>();
        for (Model model : models) {
            for (Rule rule : model.getRules()) {
                rules.add(new PackRule(pack.id(), rule.getPackage(), rule.getName(),
                        rule.getAttribute(Rule.Attribute.AGENDA_GROUP)));
                packages.add(rule.getPackage());
            }
        }
        DrlIndex index = new DrlIndex();
        DrlSources.inPackages(loader, packages).forEach(index::add);
        return new Loaded(pack, models, null, rules, index);
    }

    private Loaded loadDrl(RulePack pack, RulePack.Drl drl) {
        java.util.Optional<String> noCompiler = DrlCompiler.unavailable();
        if (noCompiler.isPresent()) {
            problem(Reason.DOES_NOT_COMPILE, pack, DrlIndex.Location.UNKNOWN, "", noCompiler.get());
            return null;
        }
        ClassLoader loader = pack.classLoader();
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId release = services.newReleaseId("io.slarules.packs", pack.id(),
                "0.0." + BUILDS.incrementAndGet());
        files.generateAndWritePomXML(release);
        DrlIndex index = new DrlIndex();
        boolean missing = false;
        for (String resource : drl.resources()) {
            String text = DrlSources.read(loader, resource);
            if (text == null) {
                problem(Reason.NOT_FOUND, pack, new DrlIndex.Location(resource, 0), "", "no such file on the class path");
                missing = true;
                continue;
            }
            index.add(resource, text);
            files.write("src/main/resources/" + resource, text.getBytes(StandardCharsets.UTF_8));
        }
        if (missing) {
            return null;
        }
        KieBuilder builder = services.newKieBuilder(files, loader).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            for (Message error : errors) {
                String file = error.getPath() == null ? "" : error.getPath().replaceFirst("^src/main/resources/", "");
                if (error.getText().startsWith("Parser returned a null Package")) {
                    continue; // follows a syntax error already reported
                }
                DrlIndex.Location at = index.place(file, error.getLine(), error.getText());
                String rule = DrlIndex.ruleNamedIn(error.getText())
                        .orElseGet(() -> at.line() > 0 ? index.ruleAt(at.file(), at.line()) : "");
                problem(Reason.DOES_NOT_COMPILE, pack, at, rule, error.getText().strip());
            }
            services.getRepository().removeKieModule(release);
            return null;
        }
        KieBase base = services.newKieContainer(release, loader).getKieBase();
        services.getRepository().removeKieModule(release);
        List<PackRule> rules = new ArrayList<>();
        for (KiePackage p : base.getKiePackages()) {
            for (org.kie.api.definition.rule.Rule rule : p.getRules()) {
                rules.add(new PackRule(pack.id(), p.getName(), rule.getName(), ((RuleImpl) rule).getAgendaGroup()));
            }
        }
        return new Loaded(pack, List.of(), base, rules, index);
    }

    /** A pack that declares the rules it adds holds exactly those. */
    private void checkDeclared(Loaded l) {
        List<String> declared = l.pack().adds();
        if (declared.isEmpty()) {
            return;
        }
        Set<String> held = new LinkedHashSet<>();
        l.rules().forEach(r -> held.add(r.name()));
        for (String name : held) {
            if (!declared.contains(name)) {
                problem(Reason.UNDECLARED_RULE, l.pack(), l.index().of(name), name,
                        "the pack holds a rule its descriptor does not declare in adds()");
            }
        }
        for (String name : declared) {
            if (!held.contains(name)) {
                problem(Reason.UNDECLARED_RULE, l.pack(), DrlIndex.Location.UNKNOWN, name,
                        "the descriptor declares a rule the pack does not hold");
            }
        }
    }

    private void problem(Reason reason, RulePack pack, DrlIndex.Location at, String rule, String message) {
        problems.add(new RulePackProblem(reason, pack.id(), at.file(), at.line(), rule, message));
    }

    private static String suggestion(String name, Set<String> known) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return known.stream()
                .filter(k -> k.toLowerCase(java.util.Locale.ROOT).contains(lower)
                        || lower.contains(k.toLowerCase(java.util.Locale.ROOT)))
                .findFirst().map(k -> " (did you mean \"" + k + "\"?)").orElse("");
    }
}
