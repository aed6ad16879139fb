package dev.allocpath.cdt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.allocpath.facts.ArgumentFact;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.UnitFacts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folded argument values, directly returned calls and never-returning functions. */
class FunctionShapeFactsTest {
  @TempDir Path dir;

  private static Map<String, FunctionFact> functions(UnitFacts facts) {
    return facts.functions().stream().collect(Collectors.toMap(FunctionFact::name, f -> f));
  }

  @Test
  void argumentsFoldToTheirValueWithTheTargetsSizes() {
    UnitFacts facts = new TestProject(dir).file("a.c", """
        #define RING (4 * 1024)
        enum { SLOTS = 16 };
        struct pair { int a; char *b; };
        void use(unsigned n, const char *s) {
          take(RING, SLOTS * 2, sizeof(struct pair), sizeof(long long), n, "text", 1 << 3);
        }
        """).parse("a.c");
    List<Long> values = CallFactsTest.onlyCallTo(facts, "take").arguments().stream()
        .map(ArgumentFact::value).collect(Collectors.toList());
    assertEquals(java.util.Arrays.asList(4096L, 32L, 8L, 8L, null, null, 8L), values);
  }

  @Test
  void returnedCallsAreListedThroughCastsAndParentheses() {
    UnitFacts facts = new TestProject(dir).file("a.c", """
        void *wrap(unsigned n) { return (void *)(malloc(n)); }
        void *keep(unsigned n) { void *p = malloc(n); return p; }
        int compute(int x) { return x + helper(x); }
        """).parse("a.c");
    Map<String, FunctionFact> byName = functions(facts);
    assertEquals(List.of("malloc"), byName.get("wrap").returnedCalls());
    assertEquals(List.of(), byName.get("keep").returnedCalls());
    assertEquals(List.of(), byName.get("compute").returnedCalls());
  }

  @Test
  void onlyALoopThatNothingLeavesMakesAFunctionEndless() {
    UnitFacts facts = new TestProject(dir).file("a.c", """
        void *forever(void *a) { for (;;) { while (poll()) { break; } switch (a != 0) { case 1: break; } } }
        void *spins(void *a) { while (1) { work(); } }
        void *dowhile(void *a) { do { work(); } while (1); }
        void *leaves(void *a) { while (1) { if (poll()) break; } return a; }
        void *early(void *a) { if (!a) return a; for (;;) { work(); } }
        void *jumps(void *a) { for (;;) { if (poll()) goto out; } out: work(); }
        void *guarded(void *a) { if (a) { for (;;) { work(); } } }
        void *bounded(void *a) { while (poll()) { work(); } }
        """).parse("a.c");
    Map<String, FunctionFact> byName = functions(facts);
    Map<String, Boolean> endless = byName.values().stream()
        .collect(Collectors.toMap(FunctionFact::name, FunctionFact::endless));
    assertEquals(Map.of("forever", true, "spins", true, "dowhile", true, "leaves", false, "early", false,
        "jumps", false, "guarded", false, "bounded", false), endless);
  }
}
