package dev.allocpath.sarif;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * JSON that is byte-identical on every machine: two-space indent, LF line ends (Jackson's default
 * is the platform separator), map keys sorted, a final newline. Output streams are left open so
 * that writing to stdout does not close it.
 */
final class DeterministicJson {
  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

  private DeterministicJson() {}

  static JsonMapper.Builder mapperBuilder() {
    return JsonMapper.builder()
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
  }

  static void write(ObjectMapper mapper, Object value, OutputStream out) throws IOException {
    mapper.writer(printer()).writeValue(out, value);
    out.write("\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static DefaultPrettyPrinter printer() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(INDENT)
        .withArrayIndenter(INDENT);
  }
}
