package dev.allocpath.cli;

import dev.allocpath.engine.ToolVersion;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command: subcommands plus --list-rules and --version. */
@Command(
    name = "allocpath",
    mixinStandardHelpOptions = true,
    versionProvider = AllocpathCommand.Version.class,
    subcommands = {ScanCommand.class},
    description = "Finds internal-RAM allocation paths in ESP-IDF C/C++ projects.",
    footerHeading = ExitCode.HELP,
    footer = {
      "Examples:",
      "  allocpath scan                          scan the project in the current directory",
      "  allocpath scan path/to/project --format sarif --output allocpath.sarif",
      "  allocpath --list-rules"
    })
final class AllocpathCommand implements Callable<Integer> {
  @Option(names = "--list-rules", description = "List the rules with their ids, levels and summaries.")
  boolean listRules;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (listRules) {
      new RuleCatalog().print(spec.commandLine().getOut());
      return ExitCode.CLEAN;
    }
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCode.USAGE;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"allocpath " + ToolVersion.get() + " (commit " + ToolVersion.commit() + ")"};
    }
  }
}
