package dev.allocpath.kconfig;

import dev.allocpath.model.ConfigValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code build/config/sdkconfig.h}: {@code #define CONFIG_X value} lines. A bool there is
 * {@code 1}, like an int of 1; {@link ConfigResolver} turns it into {@code y} when the option is
 * known to be a bool. Options that are off are simply absent.
 */
public final class SdkconfigHeader {
  private static final Pattern DEFINE = Pattern.compile("^#\\s*define\\s+(CONFIG_[A-Za-z0-9_]+)(?:\\s+(.*))?$");

  private SdkconfigHeader() {}

  public static Map<String, ConfigValue> parse(String text, String display) {
    Map<String, ConfigValue> values = new LinkedHashMap<>();
    int lineNumber = 0;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      lineNumber++;
      Matcher define = DEFINE.matcher(line.strip());
      if (define.matches()) {
        String value = define.group(2) == null ? "1" : define.group(2).strip();
        values.put(define.group(1), new ConfigValue(define.group(1), value, ConfigValue.Source.FILE,
            display + ":" + lineNumber));
      }
    }
    return values;
  }
}
