package dev.allocpath.cmake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads compile_commands.json: {@code command} (shell quoting) or {@code arguments}, with
 * {@code file} and relative paths resolved against {@code directory}. Each entry keeps the line it
 * starts on, so settings taken from it have an origin.
 */
final class CompileDatabase {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** One compilation: the source, the compiler's working directory and its arguments. */
  record Entry(Path file, Path directory, List<String> arguments, int line) {}

  private CompileDatabase() {}

  /**
   * Reads the database; null (after a {@code compile-db-error} warning) when it cannot be read or is
   * not a JSON array of objects. Individual bad entries are reported and skipped.
   */
  static Map<Path, Entry> read(Path file, String display, ProjectFiles files, NotificationSink sink) {
    Map<Path, Entry> entries = new HashMap<>();
    try (JsonParser parser = MAPPER.getFactory().createParser(file.toFile())) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        sink.warning(NotificationSink.COMPILE_DB, "compile database is not a JSON array; CMake flags are used",
            display, 1);
        return null;
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
        int line = parser.currentTokenLocation().getLineNr();
        JsonNode node = MAPPER.readTree(parser);
        Entry entry = entry(node, file, line, display, sink);
        if (entry != null) {
          Path key = files.rebase(entry.file());
          entries.putIfAbsent(key, entry);
        }
      }
      if (token != JsonToken.END_ARRAY) {
        sink.warning(NotificationSink.COMPILE_DB, "compile database entries must be JSON objects; CMake flags are used",
            display, parser.currentTokenLocation().getLineNr());
        return null;
      }
      return entries;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      sink.warning(NotificationSink.COMPILE_DB, "compile database is not valid JSON (" + e.getOriginalMessage()
          + "); CMake flags are used", display, line);
      return null;
    } catch (IOException | RuntimeException e) {
      sink.warning(NotificationSink.COMPILE_DB, "cannot read compile database (" + e.getClass().getSimpleName()
          + "); CMake flags are used", display, 1);
      return null;
    }
  }

  private static Entry entry(JsonNode node, Path dbFile, int line, String display, NotificationSink sink) {
    JsonNode fileNode = node.get("file");
    JsonNode dirNode = node.get("directory");
    if (fileNode == null || !fileNode.isTextual() || dirNode == null || !dirNode.isTextual()) {
      sink.warning(NotificationSink.COMPILE_DB, "entry without 'file' or 'directory' skipped", display, line);
      return null;
    }
    List<String> arguments = new ArrayList<>();
    JsonNode args = node.get("arguments");
    JsonNode command = node.get("command");
    if (args != null && args.isArray()) {
      for (JsonNode a : args) {
        if (!a.isTextual()) {
          sink.warning(NotificationSink.COMPILE_DB, "entry with a non-string argument skipped", display, line);
          return null;
        }
        arguments.add(a.asText());
      }
    } else if (command != null && command.isTextual()) {
      arguments.addAll(ShellWords.split(command.asText()));
    } else {
      sink.warning(NotificationSink.COMPILE_DB, "entry without 'arguments' or 'command' skipped", display, line);
      return null;
    }
    Path base = dbFile.toAbsolutePath().getParent();
    Path directory = CompileOptionParser.resolve(base, dirNode.asText());
    Path source = CompileOptionParser.resolve(directory, fileNode.asText());
    return new Entry(source, directory, List.copyOf(arguments), line);
  }
}
