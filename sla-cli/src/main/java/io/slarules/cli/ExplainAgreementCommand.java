package io.slarules.cli;

import io.slarules.internal.text.PrintableText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code sla explain-agreement}: an agreement's terms, each with the level it came from. */
@Command(name = "explain-agreement", mixinStandardHelpOptions = true, versionProvider = Sla.Version.class,
        description = {"Print an agreement's service-level terms, one per line; at a level of a multi-level"
                + " agreement, first the level each term came from."})
final class ExplainAgreementCommand implements Callable<Integer> {

    private final Io io;

    @Option(names = "--agreement", paramLabel = "FILE", required = true,
            description = "The agreement, YAML (.yaml, .yml) or JSON (.json).")
    Path agreement;

    @Option(names = "--level", paramLabel = "ID", description = "The level of a multi-level agreement.")
    String level;

    ExplainAgreementCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        io.out().print(PrintableText.of(AgreementText.explain(agreement, Optional.ofNullable(level))));
        return Main.EVALUATED;
    }
}
