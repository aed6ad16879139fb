package dev.allocpath.sarif;

import dev.allocpath.api.Finding;
import dev.allocpath.api.FlowStep;
import dev.allocpath.api.Notification;
import dev.allocpath.api.RelatedLocation;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.RuleDescriptor;
import dev.allocpath.engine.RunStats;
import dev.allocpath.engine.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A small hand-built analysis result over real files, shared by the output tests. */
public final class SampleAnalysis {
  public static final String MUTEX = "esp-mutex-member";
  public static final String THREAD = "esp-unjoined-thread";

  public static final String PEER_CPP =
      """
      #include <mutex>

      struct Peer {
        std::mutex lock;
        int count;
      };
      """;

  public static final String APP_CPP =
      """
      #include <thread>

      void app_main() {
        std::thread worker([] {});
      }
      """;

  public static final String MUTEX_DOC =
      """
      # esp-mutex-member

      Each `std::mutex` member creates a FreeRTOS mutex, an **84-byte** queue
      in internal RAM, when its object is constructed.

      ## Fix

      Use a [PSRAM allocator](https://example.invalid/psram) or a static mutex:

      ```cpp
      StaticSemaphore_t buffer;
      ```
      """;

  private SampleAnalysis() {}

  /** Writes the sources under {@code root} and returns a result that refers to them. */
  public static AnalysisResult create(Path root) throws IOException {
    write(root.resolve("main/peer.cpp"), PEER_CPP);
    write(root.resolve("main/app.cpp"), APP_CPP);
    return new AnalysisResult(
        root,
        // Deliberately unsorted: the writer sorts rules by id.
        List.of(
            new RuleDescriptor(THREAD, "Threads that are never joined leak their TCB.", Severity.ERROR,
                "medium", List.of(), ""),
            new RuleDescriptor(MUTEX, "Mutex members allocate a FreeRTOS queue in internal RAM.",
                Severity.WARNING, "high", List.of("memory", "freertos"), MUTEX_DOC)),
        List.of(mutexFinding(root), threadFinding(), missingFileFinding()),
        List.of(
            new Notification(Severity.WARNING, "parse-error", "Could not parse the file",
                new SourceLocation("main/broken.c", 7, 1, 7, 1)),
            new Notification(Severity.NOTE, "cmake-unsupported", "Ignored the command foo().", null)),
        List.of(
            new Summary(MUTEX, Map.of("members", 1, "internalBytes", 84),
                List.of("1 mutex member: 84 bytes of internal RAM."))),
        "cmake",
        new RunStats(2, 12, 789));
  }

  static Finding mutexFinding(Path root) {
    SourceLocation member = new SourceLocation("main/peer.cpp", 4, 3, 4, 19);
    return new Finding(
        MUTEX,
        Severity.WARNING,
        "Member 'Peer::lock' allocates an 84-byte queue in internal RAM; see [the class](1).",
        member,
        List.of(
            new FlowStep(new SourceLocation("main/peer.cpp", 3, 1, 3, 12), "'Peer' is constructed."),
            new FlowStep(member, "'std::mutex' creates a FreeRTOS mutex.")),
        List.of(new RelatedLocation(new SourceLocation("main/peer.cpp", 3, 8, 3, 12), "The class.")),
        Map.of("estimatedInternalRamBytes", 84, "allocationPath", List.of("Peer::lock", "xQueueCreateMutex")),
        "Peer::lock");
  }

  static Finding threadFinding() {
    return new Finding(
        THREAD,
        Severity.NOTE,
        "Thread 'worker' is never joined",
        new SourceLocation("main/app.cpp", 4, 3, 4, 29),
        List.of(),
        List.of(),
        Map.of(),
        "app_main::worker");
  }

  /** A finding whose file is gone: it gets no GitHub line hash, but still our own fingerprint. */
  static Finding missingFileFinding() {
    return new Finding(
        MUTEX,
        Severity.WARNING,
        "Member 'Gone::lock' allocates an 84-byte queue in internal RAM.",
        new SourceLocation("gone/missing.cpp", 2, 3, 2, 19),
        List.of(),
        List.of(),
        Map.of(),
        "Gone::lock");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
