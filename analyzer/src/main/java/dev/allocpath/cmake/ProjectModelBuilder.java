package dev.allocpath.cmake;

import dev.allocpath.api.Severity;
import dev.allocpath.model.BuildConfig;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.Component;
import dev.allocpath.model.Coverage;
import dev.allocpath.model.ProjectModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link ProjectModel} of an ESP-IDF project directory from its CMake files (and, when
 * there is one, its compile database). Never throws for bad input: everything it cannot read or
 * evaluate is a notification in the model.
 */
public final class ProjectModelBuilder {
  /** Build system name used when the flags come from CMake evaluation alone. */
  public static final String CMAKE_SOURCE = "cmake";

  private ProjectModelBuilder() {}

  public static ProjectModel build(Path projectRoot, ModelOptions options) {
    Path root = projectRoot.toAbsolutePath().normalize();
    NotificationSink sink = new NotificationSink(root);
    BuildConfig config = ConfigurationFiles.read(root, options, sink);
    options = options.withVariables(ConfigurationFiles.cmakeVariables(config, options))
        .withEnv(ConfigurationFiles.environment(options));
    BuildSession session = new BuildSession(root, options, sink);
    List<Component> components = List.of();
    List<CompileUnit> units = List.of();
    String buildSource = CMAKE_SOURCE;
    Coverage coverage = Coverage.unknown();
    try {
      if (!session.files.isDirectory(root)) {
        sink.warning(NotificationSink.COMPONENT, "project root '" + root + "' is not a directory", null, 0);
        return new ProjectModel(root, components, units, buildSource, sink.list(), config);
      }
      new ProjectEvaluation(session).run();
      ModelAssembler assembler = new ModelAssembler(session);
      components = assembler.components();
      List<CompileUnit> mutableUnits = new ArrayList<>(assembler.units());
      CompileDatabaseOverlay overlay = new CompileDatabaseOverlay(session);
      Path database = overlay.locate();
      if (database != null) {
        String used = overlay.apply(database, mutableUnits);
        if (used != null) {
          buildSource = used;
        }
      }
      units = ConfigurationUnits.apply(root, List.copyOf(mutableUnits), config, options.sdk());
      coverage = new CoverageCounter(session).count(units, assembler.libraries());
    } catch (RuntimeException | StackOverflowError e) {
      // A defect in the evaluator must not take the whole analysis down; what was built is kept.
      sink.add(Severity.ERROR, NotificationSink.UNSUPPORTED,
          "internal error while reading the build (" + e.getClass().getSimpleName() + "); the model may be incomplete",
          null, 0);
    }
    return new ProjectModel(root, components, units, buildSource, sink.list(), config, coverage);
  }
}
