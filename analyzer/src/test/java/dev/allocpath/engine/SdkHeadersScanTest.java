package dev.allocpath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Notification;
import dev.allocpath.kconfig.SdkOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SDK macros: stood in for without the SDK, read from it (and nothing faked) with it. */
class SdkHeadersScanTest {
  @TempDir Path dir;

  private Path project() throws IOException {
    Path root = dir.resolve("project");
    Files.createDirectories(root.resolve("components/app"));
    Files.writeString(root.resolve("components/app/CMakeLists.txt"), "idf_component_register(SRCS app.c)\n");
    Files.writeString(root.resolve("components/app/app.c"), """
        #include "esp_attr.h"
        DRAM_ATTR static int counter;
        void IRAM_ATTR tick(void) { counter++; }
        """);
    return root;
  }

  private Path sdk(String espAttr) throws IOException {
    Path include = Files.createDirectories(dir.resolve("esp-idf/components/esp_common/include"));
    Files.writeString(include.resolve("esp_attr.h"), espAttr);
    return dir.resolve("esp-idf");
  }

  private static List<String> problems(Path root, Path idfPath) {
    SdkOptions sdk = new SdkOptions(null, null, null, idfPath, Map.of(), Map.of());
    AnalysisResult result = new ProjectScanner(ScanOptions.defaults(), List.of()).withSdk(sdk).scan(root);
    assertEquals(1, result.stats().units());
    return result.notifications().stream().map(Notification::toLine).toList();
  }

  @Test
  void withoutTheSdkTheCompatibilityHeaderStandsIn() throws IOException {
    assertEquals(List.of(), problems(project(), null));
  }

  @Test
  void withTheSdkItsHeadersAreReadAndNothingIsFaked() throws IOException {
    Path root = project();
    assertEquals(List.of(), problems(root, sdk("""
        #pragma once
        #define IRAM_ATTR __attribute__((section(".iram1.0")))
        #define DRAM_ATTR __attribute__((section(".dram1.0")))
        """)));
    // An SDK whose esp_attr.h lacks DRAM_ATTR: allocpath does not add one.
    List<String> lines = problems(root, sdk("#pragma once\n#define IRAM_ATTR\n"));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("components/app/app.c:2: warning: cannot parse")), lines.toString());
    assertTrue(lines.stream().noneMatch(l -> l.contains("esp-idf")), "no path of the SDK in any message: " + lines);
  }
}
