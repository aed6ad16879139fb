package dev.allocpath.engine;

import dev.allocpath.api.Rule;
import dev.allocpath.api.RuleInfo;
import dev.allocpath.api.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What outputs need to know about a rule, derived from its {@link RuleInfo} and its doc file
 * {@code rule-docs/<id>.md} (a resource next to the rule classes).
 */
public record RuleDescriptor(
    String id,
    String summary,
    Severity severity,
    String precision,
    List<String> tags,
    String docMarkdown) {

  public static RuleDescriptor of(Rule rule) {
    RuleInfo info = rule.info();
    return new RuleDescriptor(
        info.id(),
        info.summary(),
        info.severity(),
        info.precision(),
        List.of(info.tags()),
        readDoc(rule, info.id()));
  }

  private static String readDoc(Rule rule, String id) {
    try (InputStream in = rule.getClass().getResourceAsStream("/rule-docs/" + id + ".md")) {
      if (in == null) {
        return "";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
