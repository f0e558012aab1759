package io.slarules.cli;

import io.slarules.RulePack;
import io.slarules.SlaEngine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --rule-pack PATH}, on every command that evaluates: the engine, with the packs named. */
final class EngineOptions {

    @Option(names = "--rule-pack", paramLabel = "PATH",
            description = {"A rule pack to add to the default rules: a kjar (.jar) or a folder (a kjar's classes,"
                    + " or DRL files, with an optional " + RulePacks.DESCRIPTOR + "). Repeatable. A pack is code:"
                    + " name only packs you trust."})
    List<Path> rulePacks = new ArrayList<>();

    /**
     * The engine: the default rules and the packs named.
     *
     * @throws io.slarules.InvalidInputException naming a path that is no usable pack
     * @throws io.slarules.RulePackException     when the engine refuses a pack, naming it, its file and line
     */
    SlaEngine engine() {
        SlaEngine.Builder builder = SlaEngine.builder();
        for (RulePack pack : RulePacks.load(rulePacks)) {
            builder.rulePack(pack);
        }
        return builder.build();
    }
}
