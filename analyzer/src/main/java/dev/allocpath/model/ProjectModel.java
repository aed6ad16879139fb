package dev.allocpath.model;

import dev.allocpath.api.Notification;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The build as allocpath understands it: components, and the translation units they compile.
 *
 * @param root absolute, normalised project root; every reported path is relative to it
 * @param buildSource what the per-file flags came from: {@code cmake} or a compile database path
 * @param notifications what the model builder could not understand (never silently guessed)
 * @param config the Kconfig configuration the build used ({@link BuildConfig#none()} without one)
 * @param coverage what the build compiles and what it leaves out ({@link Coverage#unknown()} when not computed)
 */
public record ProjectModel(
    Path root,
    List<Component> components,
    List<CompileUnit> units,
    String buildSource,
    List<Notification> notifications,
    BuildConfig config,
    Coverage coverage) {

  /** A model without coverage figures (built by hand, or narrowed). */
  public ProjectModel(Path root, List<Component> components, List<CompileUnit> units, String buildSource,
      List<Notification> notifications, BuildConfig config) {
    this(root, components, units, buildSource, notifications, config, Coverage.unknown());
  }

  /** A model of a project without a configuration file. */
  public ProjectModel(Path root, List<Component> components, List<CompileUnit> units, String buildSource,
      List<Notification> notifications) {
    this(root, components, units, buildSource, notifications, BuildConfig.none());
  }

  public Optional<Component> component(String name) {
    return components.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The project-relative path of a file, with forward slashes. */
  public String relative(Path file) {
    return ProjectPaths.relative(root, file);
  }
}
