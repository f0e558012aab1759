package io.slarules.cli;

import io.slarules.LibraryVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code sla}: the commands, the options every command has, and the version. */
@Command(name = "sla", mixinStandardHelpOptions = true, versionProvider = Sla.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Service level agreements: who is responsible for every delay, and what each breach costs.",
        subcommands = {DemoCommand.class, EvaluateCommand.class, ValidateCommand.class, ExplainAgreementCommand.class,
                ReportCommand.class, TestCommand.class, WatchCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%n",
        footer = {"Run 'sla COMMAND --help' for a command's options.",
                "Exit status: 0 done, 1 internal failure (or a failed scenario), 2 invalid input or usage."})
final class Sla {

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an internal failure.")
    boolean debug;

    /** {@code sla --version}: the library's version, which rule packs state they support. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sla " + LibraryVersion.current(),
                    "SLA Rules library " + LibraryVersion.current() + ", Java " + System.getProperty("java.version")};
        }
    }
}
