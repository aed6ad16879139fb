package dev.allocpath.engine;

import dev.allocpath.api.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Silences findings with a comment on their line or the line above:
 * {@code // allocpath-ignore <rule-id>[, <rule-id>]: reason}, clang-tidy's
 * {@code NOLINT(<rule-id>)} on the line and {@code NOLINTNEXTLINE(<rule-id>)} above it
 * ({@code #} comments in CMake files work the same way). A bare {@code NOLINT} is not honoured:
 * it usually silences another tool, and a finding hidden by accident is a missed leak.
 */
public final class InlineSuppressions {
  private static final Pattern IGNORE =
      Pattern.compile("allocpath-ignore\\s+([a-z0-9*,\\s-]+?)\\s*(?::\\s*(.*?))?\\s*(?:\\*/)?\\s*$");
  private static final Pattern NOLINT = Pattern.compile("NOLINT(NEXTLINE)?\\(([^)]*)\\)");

  private final Path root;
  private final Map<String, FileLines> lines = new HashMap<>();

  public InlineSuppressions(Path root) {
    this.root = root;
  }

  public AnalysisResult apply(AnalysisResult result) {
    List<Finding> kept = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>(result.suppressed());
    for (Finding finding : result.findings()) {
      Optional<String> reason = reason(finding);
      if (reason.isPresent()) {
        suppressed.add(new SuppressedFinding(finding, "inSource", reason.get()));
      } else {
        kept.add(finding);
      }
    }
    return result.withFindings(kept, suppressed);
  }

  /** The justification when a comment silences the finding. */
  Optional<String> reason(Finding finding) {
    FileLines text = lines(finding.location().path());
    int line = finding.location().line();
    for (int at : new int[] {line, line - 1}) {
      if (at < 1 || at > text.size()) {
        continue;
      }
      String source = text.get(at - 1);
      Matcher ignore = IGNORE.matcher(source);
      if (source.contains("allocpath-ignore") && ignore.find() && names(ignore.group(1), finding.ruleId())) {
        boolean onOwnLine = at == line || isCommentOnly(source);
        if (onOwnLine) {
          return Optional.of(ignore.group(2) == null ? "" : ignore.group(2).trim());
        }
      }
      Matcher nolint = NOLINT.matcher(source);
      while (source.contains("NOLINT") && nolint.find()) {
        boolean next = nolint.group(1) != null;
        if ((next ? at == line - 1 : at == line) && names(nolint.group(2), finding.ruleId())) {
          return Optional.of("");
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isCommentOnly(String line) {
    String t = line.trim();
    return t.startsWith("//") || t.startsWith("/*") || t.startsWith("#") || t.startsWith("*");
  }

  /** Whether a comma-separated list names the rule (exactly, or by a trailing-* glob like esp-*). */
  private static boolean names(String list, String ruleId) {
    for (String item : list.split(",")) {
      String id = item.trim();
      if (id.equals(ruleId) || (id.endsWith("*") && ruleId.startsWith(id.substring(0, id.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  private FileLines lines(String path) {
    return lines.computeIfAbsent(path, p -> {
      try {
        return FileLines.of(new String(Files.readAllBytes(root.resolve(p)), StandardCharsets.ISO_8859_1));
      } catch (IOException | RuntimeException e) {
        return FileLines.of("");
      }
    });
  }

  /**
   * A file's text with the offsets where its lines start (LF, CRLF or CR end a line, as for the
   * compiler); a line's text is cut out only when asked for, since a finding needs two lines.
   */
  record FileLines(String text, int[] starts) {
    static FileLines of(String text) {
      int[] starts = new int[16];
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
      return new FileLines(text, Arrays.copyOf(starts, count));
    }

    int size() {
      return starts.length;
    }

    /** The 0-based line without its line end. */
    String get(int index) {
      int from = starts[index];
      int to = index + 1 < starts.length ? starts[index + 1] : text.length();
      while (to > from && (text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r')) {
        to--;
      }
      return text.substring(from, to);
    }
  }
}
