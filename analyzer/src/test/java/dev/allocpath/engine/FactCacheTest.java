package dev.allocpath.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.cdt.CdtParser;
import dev.allocpath.cmake.ModelOptions;
import dev.allocpath.cmake.ProjectModelBuilder;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.ProjectModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fact cache: what it answers, when it parses again, and that damage is only a miss. */
class FactCacheTest {
  @TempDir Path project;
  @TempDir Path cacheDir;

  private final Set<String> parsed = new TreeSet<>();

  @BeforeEach
  void writeProject() throws IOException {
    write("CMakeLists.txt", "project(p)\n");
    write("components/net/CMakeLists.txt",
        "idf_component_register(SRCS a.cpp b.cpp c.c INCLUDE_DIRS include)\n");
    write("components/net/include/session.hpp", """
        #pragma once
        #include <mutex>
        struct Session { std::mutex lock; int id; };
        """);
    write("components/net/a.cpp", "#include \"session.hpp\"\nSession first;\n");
    write("components/net/b.cpp", "#include \"session.hpp\"\nstruct Other { Session s; };\n");
    write("components/net/c.c", "#include <stdlib.h>\nvoid *make(void) { return malloc(8); }\n");
  }

  @Test
  void secondRunAnswersEveryUnitFromTheCacheWithEqualFacts() {
    List<UnitFacts> cold = run("1");
    assertEquals(Set.of("components/net/a.cpp", "components/net/b.cpp", "components/net/c.c"), parsed);
    assertTrue(Files.isRegularFile(cacheDir.resolve(FactCache.fileName("net"))));

    parsed.clear();
    List<UnitFacts> warm = run("1");
    assertEquals(Set.of(), parsed, "nothing parsed again");
    assertEquals(cold, warm);
  }

  @Test
  void aChangedHeaderReparsesOnlyTheUnitsThatReadIt() throws IOException {
    run("1");
    write("components/net/include/session.hpp", """
        #pragma once
        #include <mutex>
        struct Session { std::recursive_mutex lock; int id; };
        """);
    parsed.clear();
    List<UnitFacts> after = run("1");
    assertEquals(Set.of("components/net/a.cpp", "components/net/b.cpp"), parsed);
    String memberType = after.stream().filter(u -> u.unitPath().endsWith("a.cpp")).findFirst().orElseThrow()
        .classes().get(0).members().get(0).type().spelled();
    assertEquals("std::recursive_mutex", memberType, "the new header's facts, not the cached ones");
  }

  @Test
  void aChangedSourceOrToolVersionIsAMiss() throws IOException {
    run("1");
    write("components/net/c.c", "#include <stdlib.h>\nvoid *make(void) { return calloc(1, 8); }\n");
    parsed.clear();
    run("1");
    assertEquals(Set.of("components/net/c.c"), parsed);

    parsed.clear();
    run("2");
    assertEquals(3, parsed.size(), "another tool version trusts no entry: " + parsed);
  }

  @Test
  void aDamagedStoreIsAMissAndIsReplacedByAGoodOne() throws IOException {
    List<UnitFacts> cold = run("1");
    Path store = cacheDir.resolve(FactCache.fileName("net"));
    byte[] bytes = Files.readAllBytes(store);
    Files.write(store, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    parsed.clear();
    assertEquals(cold, run("1"));
    assertEquals(3, parsed.size());

    Files.write(store, "not a store".getBytes(StandardCharsets.UTF_8));
    parsed.clear();
    assertEquals(cold, run("1"));
    assertEquals(3, parsed.size());

    parsed.clear();
    assertEquals(cold, run("1"));
    assertEquals(Set.of(), parsed, "the store written after the damage is used");
  }

  @Test
  void anEditedStoreFailsItsChecksumAndIsDroppedWithANote() throws IOException {
    List<UnitFacts> cold = run("1");
    Path store = cacheDir.resolve(FactCache.fileName("net"));
    byte[] bytes = Files.readAllBytes(store);
    // An edit that keeps the store readable: the member type's name changes one letter
    // (std::mutex -> std::mutey), which a layout check alone would not notice.
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("std::mutex");
    assertTrue(at > 0, "the store holds the member type's name");
    bytes[at + "std::mute".length()] = 'y';
    Files.write(store, bytes);
    parsed.clear();
    FactCache cache = new FactCache(cacheDir, project, "1");
    List<UnitFacts> again = parseAll(cache);
    assertEquals(cold, again, "the facts come from a new parse, not the edited store");
    assertEquals(3, parsed.size());
    assertEquals(1, cache.notifications().size());
    var note = cache.notifications().get(0);
    assertEquals("cache-dropped", note.kind());
    assertTrue(note.message().contains(store.getFileName() + " did not match its checksum"), note.message());
    assertFalse(note.message().contains(cacheDir.toString()), "no absolute path: " + note.message());
  }

  @Test
  void theStoreIsRewrittenOnlyWhenSomethingChangedAndItsBytesAreStable() throws IOException {
    run("1");
    Path store = cacheDir.resolve(FactCache.fileName("net"));
    byte[] first = Files.readAllBytes(store);
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(store, old);
    run("1");
    assertEquals(old, Files.getLastModifiedTime(store), "an unchanged project does not rewrite the store");

    Files.delete(store);
    run("1");
    assertArrayEquals(first, Files.readAllBytes(store), "the same facts give the same bytes");
    try (var left = Files.list(cacheDir)) {
      assertFalse(left.anyMatch(p -> p.toString().endsWith(".tmp")), "no temporary file left behind");
    }
  }

  @Test
  void aRunThatMeetsOnlySomeUnitsKeepsTheOthersEntries() throws IOException {
    run("1");
    write("components/net/a.cpp", "#include \"session.hpp\"\nSession first, second;\n");
    ProjectModel model = ProjectModelBuilder.build(project, ModelOptions.defaults());
    List<CompileUnit> onlyA = model.units().stream().filter(u -> u.source().endsWith("a.cpp")).toList();
    FactCache narrowed = new FactCache(cacheDir, project, "1");
    CdtParser cdt = new CdtParser();
    UnitParser parser = narrowed.wrap(unit -> {
      parsed.add(project.relativize(unit.source()).toString());
      return cdt.parse(unit, project);
    });
    parsed.clear();
    onlyA.forEach(parser::parse);
    narrowed.save();
    assertEquals(Set.of("components/net/a.cpp"), parsed);

    parsed.clear();
    run("1");
    assertEquals(Set.of(), parsed, "b.cpp and c.c were kept, a.cpp was stored anew");

    Files.delete(project.resolve("components/net/c.c"));
    write("components/net/CMakeLists.txt", "idf_component_register(SRCS a.cpp b.cpp INCLUDE_DIRS include)\n");
    write("components/net/a.cpp", "#include \"session.hpp\"\nSession only;\n");
    run("1");
    write("components/net/c.c", "#include <stdlib.h>\nvoid *make(void) { return malloc(8); }\n");
    write("components/net/CMakeLists.txt",
        "idf_component_register(SRCS a.cpp b.cpp c.c INCLUDE_DIRS include)\n");
    parsed.clear();
    run("1");
    assertEquals(Set.of("components/net/c.c"), parsed, "the entry of a deleted file is not kept");
  }

  @Test
  void aChangedUnitRewritesOnlyItsComponentsStore() throws IOException {
    write("components/util/CMakeLists.txt", "idf_component_register(SRCS u.c)\n");
    write("components/util/u.c", "int u;\n");
    run("1");
    Path net = cacheDir.resolve(FactCache.fileName("net"));
    Path util = cacheDir.resolve(FactCache.fileName("util"));
    assertTrue(Files.isRegularFile(util));
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(net, old);
    Files.setLastModifiedTime(util, old);
    write("components/util/u.c", "int u, v;\n");
    parsed.clear();
    run("1");
    assertEquals(Set.of("components/util/u.c"), parsed);
    assertEquals(old, Files.getLastModifiedTime(net), "net's store is left as it is");
    assertFalse(old.equals(Files.getLastModifiedTime(util)), "util's store is written again");
    parsed.clear();
    run("1");
    assertEquals(Set.of(), parsed);
  }

  @Test
  void storeNamesAreSafeAndDistinct() {
    String odd = FactCache.fileName("../a b");
    assertFalse(odd.contains("/") || odd.contains(" "), odd);
    assertFalse(FactCache.fileName("a b").equals(FactCache.fileName("a_b")));
  }

  @Test
  void anUnwritableCacheDirectoryDoesNotFailTheRun() throws IOException {
    Path blocked = cacheDir.resolve("file-not-dir");
    Files.writeString(blocked, "x");
    FactCache cache = new FactCache(blocked, project, "1");
    List<UnitFacts> facts = parseAll(cache);
    cache.save();
    assertEquals(3, facts.size());
  }

  private List<UnitFacts> run(String toolVersion) {
    FactCache cache = new FactCache(cacheDir, project, toolVersion);
    List<UnitFacts> facts = parseAll(cache);
    cache.save();
    return facts;
  }

  private List<UnitFacts> parseAll(FactCache cache) {
    ProjectModel model = ProjectModelBuilder.build(project, ModelOptions.defaults());
    CdtParser cdt = new CdtParser(); // one per run, as in a scan: its header cache lives that long
    UnitParser counting = unit -> {
      synchronized (parsed) {
        parsed.add(project.relativize(unit.source()).toString().replace('\\', '/'));
      }
      return cdt.parse(unit, project);
    };
    UnitParser cached = cache.wrap(counting);
    List<UnitFacts> out = new ArrayList<>();
    for (CompileUnit unit : model.units()) {
      out.add(cached.parse(unit));
    }
    out.sort(java.util.Comparator.comparing(UnitFacts::unitPath));
    return out;
  }

  private void write(String relative, String text) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
