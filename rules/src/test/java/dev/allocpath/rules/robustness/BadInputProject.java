package dev.allocpath.rules.robustness;

import dev.allocpath.rules.testing.Testdata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small ESP-IDF project in a temporary directory: a component {@code good} whose one file has a
 * known finding, and a component {@code bad} that each case fills with the input under test. The
 * good component is the proof that a bad file did not stop the scan.
 */
final class BadInputProject {
  /** Where the good file's esp-mutex-member finding must be. */
  static final String GOOD_FILE = "components/good/good.cpp";
  static final int GOOD_LINE = 4;

  private final Path root;
  private final List<String> badSources = new ArrayList<>();
  private final List<String> cmakeLines = new ArrayList<>();

  BadInputProject(Path root) {
    this.root = root;
    write("components/good/CMakeLists.txt", "idf_component_register(SRCS good.cpp)\n");
    write(GOOD_FILE, """
        #include <mutex>
        // The neighbour of every bad input: its finding shows the scan went on.
        struct Neighbour {
          std::mutex lock;
        };
        """);
  }

  Path root() {
    return root;
  }

  Path path(String relative) {
    return root.resolve(relative);
  }

  /** A source of component {@code bad}, listed in its SRCS. */
  BadInputProject source(String name, String text) {
    return source(name, text.getBytes(StandardCharsets.UTF_8));
  }

  BadInputProject source(String name, byte[] bytes) {
    write("components/bad/" + name, bytes);
    return listed(name);
  }

  /** A source of component {@code bad} copied from {@code testdata/bad-input/}. */
  BadInputProject sourceFromTestdata(String testdataPath) {
    Path from = testdata(testdataPath);
    return source(from.getFileName().toString(), read(from));
  }

  /** Lists a name in SRCS without creating the file (it may be a link or missing). */
  BadInputProject listed(String name) {
    badSources.add(name);
    return writeBadCMakeLists();
  }

  /** Extra CMake lines before idf_component_register() of component {@code bad}. */
  BadInputProject cmake(String line) {
    cmakeLines.add(line);
    return writeBadCMakeLists();
  }

  BadInputProject write(String relative, String text) {
    return write(relative, text.getBytes(StandardCharsets.UTF_8));
  }

  BadInputProject write(String relative, byte[] bytes) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  BadInputProject symlink(String relative, Path target) {
    try {
      Path link = root.resolve(relative);
      Files.createDirectories(link.getParent());
      Files.createSymbolicLink(link, target);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path testdata(String relative) {
    return Testdata.root().resolve("bad-input").resolve(relative);
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private BadInputProject writeBadCMakeLists() {
    StringBuilder text = new StringBuilder();
    cmakeLines.forEach(l -> text.append(l).append('\n'));
    text.append("idf_component_register(SRCS");
    badSources.forEach(s -> text.append(" \"").append(s).append('"'));
    text.append(")\n");
    return write("components/bad/CMakeLists.txt", text.toString());
  }
}
