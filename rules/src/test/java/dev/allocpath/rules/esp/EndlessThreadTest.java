package dev.allocpath.rules.esp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocpath.api.Finding;
import dev.allocpath.api.Severity;
import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.ProjectScanner;
import dev.allocpath.engine.ScanOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A thread that never ends is a note with a lifetime property, not a leak warning. */
class EndlessThreadTest {
  @TempDir Path project;

  @Test
  void aNeverReturningStartRoutineIsANoteThatTheBudgetReadsAsHeldForLife() throws IOException {
    Path source = project.resolve("components/app/app.c");
    Files.createDirectories(source.getParent());
    Files.writeString(project.resolve("components/app/CMakeLists.txt"), "idf_component_register(SRCS \"app.c\")\n");
    Files.writeString(source, """
        static void *loop(void *arg) { for (;;) { work(); } }
        static void *once(void *arg) { work(); return arg; }
        void start(void) {
            pthread_t a, b;
            pthread_create(&a, NULL, loop, NULL);
            pthread_create(&b, NULL, once, NULL);
        }
        """);
    AnalysisResult result = new ProjectScanner(ScanOptions.defaults(), List.of(new UnjoinedThreadRule())).scan(project);
    assertEquals(2, result.findings().size(), result.findings().toString());
    Finding forever = result.findings().get(0);
    assertEquals(5, forever.location().line());
    assertEquals(Severity.NOTE, forever.level());
    assertEquals("program", forever.properties().get("lifetime"));
    assertEquals("loop", forever.properties().get("startRoutine"));
    Finding leak = result.findings().get(1);
    assertEquals(Severity.WARNING, leak.level());
    assertEquals(340L, leak.properties().get("estimatedInternalRamBytes"));
  }
}
