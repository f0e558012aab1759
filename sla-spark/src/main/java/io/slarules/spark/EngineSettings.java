package io.slarules.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What an executor needs to build its engine, shipped with every task: small, immutable, and equal
 * for equal settings, so an executor JVM builds one engine per distinct settings and reuses it.
 *
 * @param rulePackPaths     jars or folders of rule packs, each registering its packs through
 *                          {@code META-INF/services/io.slarules.spi.RulePackProvider}; read on each
 *                          executor, so the path must exist there
 * @param discoverRulePacks whether the packs registered on the class path are loaded too
 * @param maxRuleFirings    the most rule firings one evaluation may take
 * @param parallelism       evaluation threads per task (Spark already runs a task per core)
 */
record EngineSettings(List<String> rulePackPaths, boolean discoverRulePacks, int maxRuleFirings, int parallelism)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    EngineSettings {
        rulePackPaths = List.copyOf(Objects.requireNonNull(rulePackPaths, "rulePackPaths"));
        assert maxRuleFirings > 0 && parallelism > 0 : "SLA Rules: settings checked by the builder";
    }
}
