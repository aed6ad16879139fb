package dev.allocpath.cdt;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchDumpTest {
  @TempDir Path dir;

  @Test
  void dump() throws Exception {
    String file = System.getProperty("scratch.file");
    if (file == null) return;
    TestProject p = new TestProject(dir);
    String name = Path.of(file).getFileName().toString();
    p.file(name, java.nio.file.Files.readString(Path.of(file)));
    var facts = p.parse(name);
    System.out.println("lines=" + facts.lineCount() + " includes=" + facts.includedFiles());
    facts.classes().forEach(c -> { System.out.println(c.qualifiedName() + " " + c.keyword() + " bases=" + c.bases() + " tp=" + c.templateParameters() + " @" + c.location()); c.members().forEach(m -> System.out.println("   " + m)); });
    facts.aliases().forEach(x -> System.out.println("ALIAS " + x));
    facts.functions().forEach(x -> System.out.println("FUNC " + x));
    facts.calls().forEach(x -> System.out.println("CALL " + x));
    facts.variables().forEach(x -> System.out.println("VAR " + x));
    facts.assignments().forEach(x -> System.out.println("ASSIGN " + x));
    facts.returns().forEach(x -> System.out.println("RET " + x));
    facts.macros().forEach(x -> System.out.println("MACRO " + x));
    facts.problems().forEach(x -> System.out.println("PROBLEM " + x));
  }
}
