package dev.allocpath.rules.esp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Settings;
import dev.allocpath.api.Severity;
import dev.allocpath.engine.ProjectScanner;
import dev.allocpath.engine.ScanOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What markers cannot show: the level, raised to a warning above the configured size. */
class InternalStackRuleTest {
  @TempDir Path project;

  private List<Finding> scan(Map<String, Long> numbers) throws IOException {
    Path source = project.resolve("components/app/app.c");
    Files.createDirectories(source.getParent());
    Files.writeString(project.resolve("CMakeLists.txt"), "project(p)\n");
    Files.writeString(source.resolveSibling("CMakeLists.txt"), "idf_component_register(SRCS app.c)\n");
    Files.writeString(source, """
        static void run(void *arg) { (void)arg; }
        void start(void) {
            xTaskCreate(run, "small", 2048, 0, 5, 0);
            xTaskCreate(run, "big", 8192, 0, 5, 0);
        }
        """);
    Settings settings = new Settings() {
      @Override
      public long number(String key, long defaultValue) {
        return numbers.getOrDefault(key, defaultValue);
      }

      @Override
      public List<String> list(String key, List<String> defaultValue) {
        return defaultValue;
      }
    };
    ScanOptions d = ScanOptions.defaults();
    ScanOptions options = new ScanOptions(d.componentRoots(), d.excludes(), null, false, 1, d.parseTimeout(),
        settings, d.ruleLevels(), null);
    return new ProjectScanner(options, List.of(new InternalStackRule())).scan(project).findings();
  }

  @Test
  void notesByDefaultAndWarningsAboveTheConfiguredSize() throws IOException {
    List<Finding> plain = scan(Map.of());
    assertEquals(List.of(Severity.NOTE, Severity.NOTE), plain.stream().map(Finding::level).toList());
    List<Finding> limited = scan(Map.of("costs.stack-warning-bytes", 4096L, "costs.thread-tcb", 300L));
    assertEquals(List.of(Severity.NOTE, Severity.WARNING), limited.stream().map(Finding::level).toList());
    assertEquals(8192L + 300L, limited.get(1).properties().get("estimatedInternalRamBytes"));
  }
}
