package dev.allocpath.rules.esp.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.report.HtmlReport;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the example project's HTML budget in headless Chromium through
 * {@code .ci/check-html-report.sh}: the rendered DOM must hold the charts and every component,
 * and a screenshot must come out. Runs where Chromium is installed, and always in CI (the
 * script installs Chromium there); elsewhere it is skipped with a message saying so.
 */
class HtmlRenderTest {
  private static final List<String> COMPONENTS = List.of("libdatachannel", "libjuice", "libsrtp", "plog", "usrsctp");

  @Test
  void theExampleProjectsHtmlBudgetRendersInHeadlessChromium(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(chromiumInstalled() || "true".equals(System.getenv("CI")),
        "headless Chromium is not installed (apt-get install chromium); CI installs it and runs this check");
    Path html = dir.resolve("webrtc-demo.budget.html");
    Files.writeString(html, new HtmlReport().render(WebrtcDemo.result()), StandardCharsets.UTF_8);

    List<String> command = new ArrayList<>(List.of("bash", script().toString(), html.toString()));
    command.addAll(COMPONENTS);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    boolean done = process.waitFor(6, TimeUnit.MINUTES);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!done) {
      process.destroyForcibly();
    }

    assertTrue(done, "the check did not finish:\n" + output);
    assertEquals(0, process.exitValue(), output);
    assertTrue(Files.size(dir.resolve("webrtc-demo.budget.png")) > 20_000, "a screenshot");
  }

  private static Path script() {
    Path root = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
    return root.resolve(".ci").resolve("check-html-report.sh");
  }

  private static boolean chromiumInstalled() throws IOException {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
        if (Files.isExecutable(Path.of(dir, name))) {
          return true;
        }
      }
    }
    return false;
  }
}
