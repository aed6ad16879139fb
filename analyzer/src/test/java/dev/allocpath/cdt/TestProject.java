package dev.allocpath.cdt;

import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.ForcedInclude;
import dev.allocpath.model.Language;
import dev.allocpath.model.Origin;
import dev.allocpath.model.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A throw-away project in a temporary directory, and the compile units to parse it with. */
final class TestProject {
  private final Path root;
  private final Map<String, String> defines = new LinkedHashMap<>();
  private final List<String> undefines = new ArrayList<>();
  private final List<Path> includeDirs = new ArrayList<>();
  private final List<ForcedInclude> forced = new ArrayList<>();
  private final Map<Path, String> virtualFiles = new LinkedHashMap<>();

  TestProject(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  Path root() {
    return root;
  }

  TestProject file(String path, String text) {
    return bytes(path, text.getBytes(StandardCharsets.UTF_8));
  }

  TestProject bytes(String path, byte[] content) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  TestProject define(String name, String value) {
    defines.put(name, value);
    return this;
  }

  TestProject undefine(String name) {
    undefines.add(name);
    return this;
  }

  TestProject includeDir(String path) {
    includeDirs.add(root.resolve(path));
    return this;
  }

  TestProject forceInclude(String path) {
    forced.add(new ForcedInclude(path, root.resolve(path), Scope.PRIVATE, new Origin("CMakeLists.txt", 1)));
    return this;
  }

  TestProject virtualFile(String path, String text) {
    virtualFiles.put(root.resolve(path), text);
    return this;
  }

  CompileUnit unit(String path) {
    return new CompileUnit(root.resolve(path), "main", Language.ofSource(path), defines, undefines,
        includeDirs, forced, virtualFiles);
  }

  UnitFacts parse(String path) {
    return new CdtParser().parse(unit(path), root);
  }

  UnitFacts parse(CdtParser parser, String path) {
    return parser.parse(unit(path), root);
  }
}
