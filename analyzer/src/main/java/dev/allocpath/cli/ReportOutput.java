package dev.allocpath.cli;

import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.ToolVersion;
import dev.allocpath.report.AtomicOutput;
import dev.allocpath.report.HtmlReport;
import dev.allocpath.report.JsonReport;
import dev.allocpath.report.TextReport;
import dev.allocpath.sarif.SarifOptions;
import dev.allocpath.sarif.SarifWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes the result in the chosen format to standard output or, whole or not at all, to a file. */
final class ReportOutput {
  /** The SARIF-only options of the command line. */
  record SarifSettings(String category, Path sourceRoot, boolean embedRoot) {}

  private final PrintWriter stdout;
  private final boolean color;
  private final boolean details;
  private boolean timing;
  private java.util.function.UnaryOperator<String> paths = java.util.function.UnaryOperator.identity();

  /** {@code details}: end the text report with every summary (--summary). */
  ReportOutput(PrintWriter stdout, boolean color, boolean details) {
    this.stdout = stdout;
    this.color = color;
    this.details = details;
  }

  /** The text report's last line with the run's time (--timing). */
  ReportOutput withTiming(boolean timing) {
    this.timing = timing;
    return this;
  }

  /** How the text report names files (project-relative paths in, displayed paths out). */
  ReportOutput withPaths(java.util.function.UnaryOperator<String> display) {
    this.paths = display;
    return this;
  }

  void write(AnalysisResult result, String format, Path output, SarifSettings sarif) {
    AtomicOutput.Content content = switch (format) {
      case "sarif" -> out -> new SarifWriter().write(result, sarifOptions(sarif), out);
      case "json" -> out -> new JsonReport().write(result, out);
      case "html" -> out -> new HtmlReport().write(result, out);
      default -> out -> out.write(new TextReport(color, details).withTiming(timing).withPaths(paths).render(result).getBytes(StandardCharsets.UTF_8));
    };
    try {
      if (output == null || streamsToStdout(output)) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        content.writeTo(buffer);
        stdout.print(buffer.toString(StandardCharsets.UTF_8));
        stdout.flush();
      } else {
        AtomicOutput.write(output, content);
      }
    } catch (IOException e) {
      throw new UsageException(e.getMessage());
    }
  }

  /** {@code -} and {@code /dev/stdout} name standard output: streamed, never renamed over. */
  static boolean streamsToStdout(Path output) {
    String name = output.toString();
    return name.equals("-") || name.equals("/dev/stdout");
  }

  private static SarifOptions sarifOptions(SarifSettings s) {
    SarifOptions options = SarifOptions.defaults(ToolVersion.get()).withEmbedRoot(s.embedRoot());
    if (s.category() != null) {
      options = options.withCategory(s.category());
    }
    if (s.sourceRoot() != null) {
      options = options.withSourceRoot(s.sourceRoot().toAbsolutePath().normalize());
    }
    return options;
  }

}
