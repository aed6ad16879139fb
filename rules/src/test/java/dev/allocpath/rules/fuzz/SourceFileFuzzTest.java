package dev.allocpath.rules.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.allocpath.engine.ProjectScanner;
import dev.allocpath.engine.ScanOptions;
import dev.allocpath.rules.BuiltInRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The per-file pipeline: any bytes as a C++ source (read, decoded, parsed, turned into facts and
 * checked by every rule) give a result with project-relative locations; problems are
 * notifications, never exceptions.
 */
class SourceFileFuzzTest {
  private static final ScanOptions OPTIONS = ScanOptions.defaults().withThreads(1);

  @FuzzTest(maxDuration = "")
  void sourceFile(byte[] input) {
    Path root = FuzzProject.fresh();
    FuzzProject.write(root, "components/app/CMakeLists.txt",
        "idf_component_register(SRCS fuzzed.cpp INCLUDE_DIRS .)\n".getBytes(StandardCharsets.UTF_8));
    FuzzProject.write(root, "components/app/fuzzed.cpp", input);
    // The same bytes as a header too, so include handling sees them.
    FuzzProject.write(root, "components/app/fuzzed.h", input);
    ProjectScanner scanner = new ProjectScanner(OPTIONS, new BuiltInRules().rules());
    FuzzProject.checkResult(scanner.scan(root));
  }
}
