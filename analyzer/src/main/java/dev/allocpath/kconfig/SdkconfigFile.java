package dev.allocpath.kconfig;

import dev.allocpath.model.ConfigValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of an {@code sdkconfig} (or {@code sdkconfig.defaults}) file: {@code CONFIG_X=value}
 * lines, and {@code # CONFIG_X is not set} lines for bools that are off. Anything else is a comment.
 */
public final class SdkconfigFile {
  private static final Pattern SET = Pattern.compile("^(CONFIG_[A-Za-z0-9_]+)=(.*)$");
  private static final Pattern NOT_SET = Pattern.compile("^#\\s*(CONFIG_[A-Za-z0-9_]+) is not set\\s*$");

  private SdkconfigFile() {}

  /** @param display the file's project-relative name, for each value's origin */
  public static Map<String, ConfigValue> parse(String text, String display) {
    Map<String, ConfigValue> values = new LinkedHashMap<>();
    int lineNumber = 0;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      lineNumber++;
      String trimmed = line.strip();
      Matcher set = SET.matcher(trimmed);
      if (set.matches()) {
        values.put(set.group(1), new ConfigValue(set.group(1), set.group(2).strip(), ConfigValue.Source.FILE,
            display + ":" + lineNumber));
        continue;
      }
      Matcher off = NOT_SET.matcher(trimmed);
      if (off.matches()) {
        values.put(off.group(1), new ConfigValue(off.group(1), null, ConfigValue.Source.FILE,
            display + ":" + lineNumber));
      }
    }
    return values;
  }
}
