package dev.allocpath.cdt;

import dev.allocpath.facts.UnitFacts;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.*;
import org.junit.jupiter.api.Test;

class ScratchBenchTest {
  @Test
  void bench() throws Exception {
    String rootProp = System.getProperty("bench.root");
    if (rootProp == null) return;
    Path root = Path.of(rootProp).toAbsolutePath().normalize();
    List<Path> all;
    try (Stream<Path> s = Files.walk(root)) { all = s.filter(Files::isRegularFile).toList(); }
    List<Path> includeDirs = all.stream().filter(p -> p.toString().matches(".*\\.(h|hpp)$")).map(Path::getParent).distinct().sorted().toList();
    Set<Path> incl = new TreeSet<>(includeDirs);
    for (Path d : includeDirs) { Path p = d.getParent(); if (p != null && p.startsWith(root)) incl.add(p); }
    List<Path> sources = all.stream().filter(p -> p.toString().matches(".*\\.(c|cpp)$")).sorted().toList();
    int passes = Integer.getInteger("bench.passes", 3);
    for (int pass = 0; pass < passes; pass++) {
      CdtParser parser = new CdtParser();
      long start = System.nanoTime();
      int lines = 0, calls = 0, problems = 0, classes = 0;
      for (Path src : sources) {
        CompileUnit unit = new CompileUnit(src, "c", Language.ofSource(src.toString()), Map.of(), List.of(), new ArrayList<>(incl), List.of(), Map.of());
        UnitFacts f = parser.parse(unit, root);
        lines += f.lineCount(); calls += f.calls().size(); problems += f.problems().size(); classes += f.classes().size();
        if (pass == 0 && Boolean.getBoolean("bench.verbose")) f.problems().forEach(p -> System.out.println("  " + p.toLine()));
      }
      System.out.printf("pass %d: %d files %d lines %d calls %d classes %d problems in %d ms%n", pass, sources.size(), lines, calls, classes, problems, (System.nanoTime() - start) / 1_000_000);
    }
  }
}
