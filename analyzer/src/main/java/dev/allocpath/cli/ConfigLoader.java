package dev.allocpath.cli;

import dev.allocpath.api.Rule;
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

  static ProjectConfig load(Path root, Path explicit, List<Rule> rules) {
    Path file = explicit != null ? explicit : root.resolve(ConfigReader.FILE_NAME);
    if (explicit == null && !Files.isRegularFile(file)) {
      return ProjectConfig.empty();
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException("config file not found: " + explicit, display(root, explicit));
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
    return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : file.toString();
  }
}
