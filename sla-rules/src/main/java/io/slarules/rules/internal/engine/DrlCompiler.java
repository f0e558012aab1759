package io.slarules.rules.internal.engine;

import java.util.List;
import java.util.Optional;

/**
 * Whether DRL source can be compiled at run time. The default runtime runs rules compiled at build
 * time (the default rules, kjar packs) and leaves the DRL compiler out; a pack given as DRL files
 * needs the optional artifact {@value #ARTIFACT}, which brings it.
 */
public final class DrlCompiler {

    /** The artifact that brings the DRL compiler, as a user adds it to a build. */
    static final String ARTIFACT = "io.slarules:sla-rules-drl";

    /** A class of each part the compilation needs: the executable-model generator and the DRL parser. */
    private static final List<String> NEEDED = List.of(
            "org.drools.model.codegen.ExecutableModelProject",
            "org.drools.drl.parser.DrlParser");

    private DrlCompiler() {
    }

    /**
     * Why DRL cannot be compiled here, or empty when it can.
     *
     * @return a message naming the artifact to add, or empty
     */
    static Optional<String> unavailable() {
        ClassLoader loader = DrlCompiler.class.getClassLoader();
        for (String name : NEEDED) {
            try {
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.of("compiling DRL at run time needs the DRL compiler, which the default runtime"
                        + " leaves out: add " + ARTIFACT + " (runtime scope) to the class path, or build the pack"
                        + " as a kjar with kie-maven-plugin (no " + name + ")");
            }
        }
        return Optional.empty();
    }
}
