package dev.allocpath.rules.esp.budget;

import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.ProjectScanner;
import dev.allocpath.engine.ScanOptions;
import dev.allocpath.rules.BuiltInRules;
import dev.allocpath.rules.testing.Testdata;
import java.nio.file.Path;

/** The example project scanned once with every built-in rule and report, shared by the tests. */
final class WebrtcDemo {
  static final String NAME = "webrtc-demo";
  private static AnalysisResult result;

  private WebrtcDemo() {}

  static Path project() {
    return Testdata.root().resolve("projects").resolve(NAME);
  }

  static synchronized AnalysisResult result() {
    if (result == null) {
      BuiltInRules builtIn = new BuiltInRules();
      result = new ProjectScanner(ScanOptions.defaults(), builtIn.rules(), builtIn.reports()).scan(project());
    }
    return result;
  }
}
