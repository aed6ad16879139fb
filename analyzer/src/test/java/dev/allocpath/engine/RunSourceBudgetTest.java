package dev.allocpath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Notification;
import dev.allocpath.api.Severity;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunSourceBudgetTest {
  private static CompileUnit unit(String name) {
    return new CompileUnit(Path.of("/p/components/c/" + name), "c", Language.C, Map.of(), List.of(), List.of(),
        List.of(), Map.of());
  }

  /** Sizes by file name: "a40.c" is 40 bytes. */
  private static long size(CompileUnit u) {
    String name = u.source().getFileName().toString();
    return Long.parseLong(name.substring(1, name.indexOf('.')));
  }

  @Test
  void keepsUnitsInOrderUntilTheBudgetAndNamesTheRestInOneWarning() {
    List<CompileUnit> units = List.of(unit("a40.c"), unit("b50.c"), unit("c5.c"), unit("d10.c"));
    RunSourceBudget.Split split = RunSourceBudget.split(units, RunSourceBudgetTest::size, 100);
    assertEquals(List.of(units.get(0), units.get(1), units.get(2)), split.kept());
    assertEquals(List.of(units.get(3)), split.dropped());
    Notification note = RunSourceBudget.note(split, 100);
    assertEquals(Severity.WARNING, note.level());
    assertEquals("run-limit", note.kind());
    assertTrue(note.message().startsWith("1 of 4 translation units were not analysed"), note.message());
  }

  /** Once one unit is left out, the later ones are too: which units are kept never depends on sizes further on. */
  @Test
  void aSmallUnitAfterTheLimitIsLeftOutToo() {
    List<CompileUnit> units = List.of(unit("a90.c"), unit("b20.c"), unit("c1.c"));
    RunSourceBudget.Split split = RunSourceBudget.split(units, RunSourceBudgetTest::size, 100);
    assertEquals(List.of(units.get(0)), split.kept());
    assertEquals(2, split.dropped().size());
  }

  @Test
  void withinTheBudgetNothingIsSaid() {
    List<CompileUnit> units = List.of(unit("a40.c"), unit("b60.c"));
    RunSourceBudget.Split split = RunSourceBudget.split(units, RunSourceBudgetTest::size, 100);
    assertEquals(units, split.kept());
    assertNull(RunSourceBudget.note(split, 100));
  }
}
