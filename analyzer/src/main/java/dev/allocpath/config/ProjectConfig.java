package dev.allocpath.config;

import dev.allocpath.api.Settings;
import dev.allocpath.api.Severity;
import java.util.List;
import java.util.Map;

/**
 * The contents of {@code .allocpath.yml}.
 *
 * @param ruleLevels rule id → level; a null level means the rule is off
 * @param componentRoots empty means the default ({@code components})
 * @param numbers numeric settings ({@code costs.std::mutex}, {@code costs.thread-tcb}, ...)
 * @param lists list settings ({@code allocators}, {@code thread-creators}, ...)
 */
public record ProjectConfig(
    Map<String, Severity> ruleLevels,
    List<String> componentRoots,
    List<String> excludes,
    Map<String, Long> numbers,
    Map<String, List<String>> lists) {

  public static ProjectConfig empty() {
    return new ProjectConfig(Map.of(), List.of(), List.of(), Map.of(), Map.of());
  }

  /** The tunable values, for rules. */
  public Settings settings() {
    return new Settings() {
      @Override
      public long number(String key, long defaultValue) {
        return numbers.getOrDefault(key, defaultValue);
      }

      @Override
      public List<String> list(String key, List<String> defaultValue) {
        return lists.getOrDefault(key, defaultValue);
      }
    };
  }

  /** A single-valued setting ({@code sdkconfig}, {@code target}, {@code idf-version}, {@code idf-path}). */
  public java.util.Optional<String> single(String key) {
    List<String> values = lists.get(key);
    return values == null || values.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(values.get(0));
  }

  /** A yes/no setting such as {@code components.main}; kept among the numbers as 1 or 0. */
  public boolean flag(String key) {
    return numbers.getOrDefault(key, 0L) != 0;
  }

  /** Whether the rule runs, and at which level (null: its default). */
  public boolean enabled(String ruleId) {
    return !ruleLevels.containsKey(ruleId) || ruleLevels.get(ruleId) != null;
  }
}
