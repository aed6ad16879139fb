package dev.allocpath.rules.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.allocpath.cmake.CMakeReader;
import dev.allocpath.cmake.ModelOptions;
import dev.allocpath.cmake.NotificationSink;
import dev.allocpath.cmake.ProjectModelBuilder;
import dev.allocpath.model.ProjectModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Any bytes as a component's CMakeLists.txt: the reader and the whole evaluation (commands,
 * loops, functions, globs, includes) return a model and notifications, never an exception, never
 * a hang, and write nothing.
 */
class CMakeFuzzTest {
  @FuzzTest(maxDuration = "")
  void cmakeLists(byte[] input) {
    String text = new String(input, StandardCharsets.ISO_8859_1);
    NotificationSink sink = new NotificationSink();
    CMakeReader.read(text, "CMakeLists.txt", sink);
    sink.list().forEach(FuzzProject::checkNotification);

    Path root = FuzzProject.fresh();
    FuzzProject.write(root, "components/fuzzed/CMakeLists.txt", input);
    FuzzProject.write(root, "components/fuzzed/src/a.c", "int a;\n".getBytes(StandardCharsets.UTF_8));
    FuzzProject.write(root, "components/fuzzed/include/a.h", "int b;\n".getBytes(StandardCharsets.UTF_8));
    List<String> before = FuzzProject.listing(root);
    ProjectModel model = ProjectModelBuilder.build(root, ModelOptions.defaults());
    FuzzProject.checkModel(model, root);
    assertEquals(before, FuzzProject.listing(root), "CMake is read, never executed: nothing is written");
  }
}
