package io.slarules.cli;

import io.slarules.SlaEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code sla demo}: the shipped samples A (deadlines) and G (availability), explained. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = Sla.Version.class,
        description = {"Evaluate the shipped samples: example A (a late delivery, 4,000.00 EUR) over its whole"
                + " effective period, then example G (availability, a 100.00 USD service credit) for April 2026."})
final class DemoCommand implements Callable<Integer> {

    private final Io io;

    @Option(names = "--format", paramLabel = "text|json", converter = Format.Converter.class, defaultValue = "text",
            description = "text explains each derivation (default); json writes two documents.")
    Format format;

    DemoCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        Samples.demo(SlaEngine.builder().build(), format, io.out());
        return Main.EVALUATED;
    }
}
