package dev.allocpath.cli;

import dev.allocpath.api.Notification;
import dev.allocpath.api.Rule;
import dev.allocpath.api.Severity;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.model.ProjectPaths;
import dev.allocpath.config.ConfigException;
import dev.allocpath.config.ConfigReader;
import dev.allocpath.config.ProjectConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Finds and reads the configuration for a scan; a bad file is a usage error naming the line. */
final class ConfigLoader {
  private ConfigLoader() {}

  /** The kind of the notification for a project file that leads outside the project. */
  static final String OUTSIDE_ROOT = "outside-root";

  /**
   * @param notes where to say that the project's own file was not read (a symlink leading out of
   *     the project); a file named with --config is the user's choice and is read wherever it is
   */
  static ProjectConfig load(Path root, Path explicit, List<Rule> rules, List<Notification> notes) {
    Path file = explicit != null ? explicit : root.resolve(ConfigReader.FILE_NAME);
    if (explicit == null && !Files.isRegularFile(file)) {
      return ProjectConfig.empty();
    }
    if (explicit == null && !ProjectPaths.insideAfterLinks(root, file)) {
      notes.add(new Notification(Severity.WARNING, OUTSIDE_ROOT, ConfigReader.FILE_NAME
          + " leads outside the project (a symlink) and was not read; the defaults are used (name a file with --config to use it)",
          SourceLocation.ofFile(ConfigReader.FILE_NAME)));
      return ProjectConfig.empty();
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException("config file not found: " + explicit + " (check the path given with --config)", display(root, explicit));
    }
    Set<String> ids = new TreeSet<>();
    Set<String> costs = new TreeSet<>();
    for (Rule rule : rules) {
      ids.add(rule.info().id());
      costs.addAll(rule.costKeys());
    }
    String display = display(root, file);
    try {
      return new ConfigReader(ids, costs).read(file, display);
    } catch (ConfigException e) {
      throw new UsageException(e.getMessage(), display);
    }
  }

  /** Project-relative with forward slashes inside the project, else as the user gave it. */
  private static String display(Path root, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(root) ? root.relativize(absolute).toString().replace(java.io.File.separatorChar, '/') : file.toString();
  }
}
