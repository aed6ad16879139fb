package dev.allocpath.cdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.facts.UnitFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Header skipping: a header read by earlier units in the same context is not read again when the
 * unit's own code names none of its declarations; CDT gets its macros, the facts come from the
 * store. Every case asserts that each unit's facts equal those of a parse that reads every header
 * and reuses nothing, and that the skip (or the parse again after a failed check) really happened,
 * so the case cannot pass by skipping nothing.
 */
class HeaderSkipTest {
  @TempDir Path dir;

  /**
   * The common shape: one umbrella header pulls in every module's header, each unit uses one
   * module. Units 1 and 2 read everything (the second confirms the contexts), later units skip
   * the modules they do not use; a module's inline code still gives its facts.
   */
  private TestProject umbrella() {
    return new TestProject(dir)
        .file("inc/consts.h", "#pragma once\n#define POOL_SIZE 64\n#define QUEUE_LEN 8\n#undef QUEUE_LEN\n"
            + "#define QUEUE_LEN 16\n")
        .file("inc/pool.h", "#ifndef POOL_H\n#define POOL_H\n#include <stdlib.h>\n#include \"consts.h\"\n"
            + "typedef struct { char *buf; int used; } pool_t;\n"
            + "static inline void pool_init(pool_t *p) { p->buf = malloc(POOL_SIZE); }\n#endif\n")
        .file("inc/queue.h", "#ifndef QUEUE_H\n#define QUEUE_H\n#include \"consts.h\"\n#include <pthread.h>\n"
            + "typedef struct { pthread_mutex_t lock; int items[QUEUE_LEN]; } queue_t;\n"
            + "#define QUEUE_NEW() queue_create(QUEUE_LEN)\n"
            + "queue_t *queue_create(int len);\n#endif\n")
        .file("inc/timer.h", "#pragma once\n#include <pthread.h>\n"
            + "static inline void timer_start(pthread_t *t, void *(*fn)(void *)) { pthread_create(t, 0, fn, 0); }\n")
        .file("inc/all.h", "#pragma once\n#include \"pool.h\"\n#include \"queue.h\"\n#include \"timer.h\"\n")
        .includeDir("inc")
        .file("one.c", "#include \"all.h\"\nvoid one(void) { pool_t p; pool_init(&p); }\n")
        .file("two.c", "#include \"all.h\"\nvoid two(void) { pool_t q; pool_init(&q); }\n")
        .file("three.c", "#include \"all.h\"\nvoid three(void) { queue_t *q = QUEUE_NEW(); (void) q; }\n")
        .file("four.c", "#include \"all.h\"\nstatic char buf[POOL_SIZE + QUEUE_LEN];\nvoid four(void) { buf[0] = 1; }\n");
  }

  @Test
  void headersTheUnitDoesNotUseAreSkippedWithTheSameFacts() {
    TestProject project = umbrella();
    CdtParser skipping = new CdtParser(true);
    List<UnitFacts> skipped = parseAll(project, skipping, "one.c", "two.c", "three.c", "four.c");
    assertEquals(parseAll(project, new CdtParser(false), "one.c", "two.c", "three.c", "four.c"), skipped);
    assertTrue(skipping.headerReuse().skips().skippedCount() >= 3,
        "headers skipped: " + skipping.headerReuse().skips().skippedCount());
    // four.c names nothing declared in timer.h, yet its facts hold timer_start's thread creation.
    assertTrue(skipped.get(3).calls().stream().anyMatch(c -> c.callee().equals("pthread_create")),
        "facts of a skipped header are replayed");
    assertTrue(skipped.get(3).macros().stream().anyMatch(m -> m.name().equals("QUEUE_LEN")
        && m.expansion().equals("16")), "macros of a skipped header, #undef included: " + skipped.get(3).macros());
  }

  @Test
  void aSkipAHeaderReadLaterNeedsIsUndoneByParsingAgain() {
    TestProject project = umbrella()
        .file("inc/late.h", "#pragma once\nstatic inline void late(void) { pool_t extra; pool_init(&extra); }\n")
        .file("five.c", "#include \"all.h\"\n#include \"late.h\"\nint five;\n");
    CdtParser skipping = assertSameFactsBothWays(project, "one.c", "two.c", "five.c");
    assertTrue(skipping.headerReuse().skips().reparsedCount() >= 1, "five.c was parsed again");
  }

  @Test
  void aHeaderWithPragmaOnceSkippedStaysSkippedWhenIncludedAgain() {
    TestProject project = umbrella()
        .file("six.c", "#include \"all.h\"\n#include \"timer.h\"\n#include \"pool.h\"\nint six;\n");
    CdtParser skipping = assertSameFactsBothWays(project, "one.c", "two.c", "six.c");
    assertTrue(skipping.headerReuse().skips().skippedCount() >= 1, "six.c skipped headers");
  }

  @Test
  void theCostSummaryCountsEveryParseAndEveryHeaderReadOrSkipped() {
    TestProject project = umbrella()
        .file("inc/late.h", "#pragma once\nstatic inline void late(void) { pool_t extra; pool_init(&extra); }\n")
        .file("five.c", "#include \"all.h\"\n#include \"late.h\"\nint five;\n");
    CdtParser quiet = new CdtParser(true);
    parseAll(project, quiet, "one.c");
    assertNull(quiet.costSummary(), "nothing is measured unless asked for");

    CdtParser measuring = new CdtParser(true).measuring(true);
    parseAll(project, measuring, "one.c", "two.c", "four.c", "five.c");
    String summary = measuring.costSummary();
    int skippedHeaders = measuring.headerReuse().skips().skippedCount();
    assertTrue(skippedHeaders >= 1, "headers skipped: " + skippedHeaders);
    // five.c is parsed twice: once skipping, once again reading all after the failed check.
    assertTrue(summary.contains("over 5 parses (1 units parsed again after a failed skip)"), summary);
    // one.c and two.c read all.h, pool.h, consts.h, queue.h and timer.h each.
    java.util.regex.Matcher counts =
        java.util.regex.Pattern.compile("headers read (\\d+) .*skipped (\\d+) ").matcher(summary);
    assertTrue(counts.find(), summary);
    assertTrue(Integer.parseInt(counts.group(1)) >= 10, summary);
    // The summary counts every header CDT took as macros only, in the parse that failed its check too.
    assertTrue(Integer.parseInt(counts.group(2)) >= skippedHeaders, summary);
  }

  @Test
  void aMacroDefinedBeforeTheUmbrellaChangesTheContext() {
    TestProject project = umbrella()
        .file("seven.c", "#define POOL_SIZE 4096\n#include \"all.h\"\nint seven;\n");
    assertSameFactsBothWays(project, "one.c", "two.c", "seven.c");
  }

  @Test
  void cplusplusMembersAndScopedEnumeratorsDoNotForceAHeaderToBeRead() {
    TestProject project = new TestProject(dir)
        .file("inc/worker.hpp", "#pragma once\n#include <mutex>\nnamespace app {\n"
            + "enum class State { Idle, Busy };\n"
            + "class Worker { public: void run(); State state; std::mutex mMutex; };\n}\n")
        .file("inc/codec.hpp", "#pragma once\n#include <cstdlib>\nnamespace app {\n"
            + "struct Codec { int run; char *data = static_cast<char *>(malloc(16)); };\n}\n")
        .file("inc/app.hpp", "#pragma once\n#include \"worker.hpp\"\n#include \"codec.hpp\"\n")
        .includeDir("inc")
        .file("a.cpp", "#include \"app.hpp\"\nvoid a() { app::Codec c; (void) c; }\n")
        .file("b.cpp", "#include \"app.hpp\"\nvoid b() { app::Codec d; (void) d; }\n")
        .file("c.cpp", "#include \"app.hpp\"\nint run = 0; int Busy = 1;\nvoid c() { app::Codec e; (void) e; }\n");
    CdtParser skipping = assertSameFactsBothWays(project, "a.cpp", "b.cpp", "c.cpp");
    assertTrue(skipping.headerReuse().skips().skippedCount() >= 1, "worker.hpp skipped in c.cpp");
  }

  /**
   * A component's redirect header, force-included: it declares the PSRAM allocator and defines
   * {@code malloc} to call it. A unit that spells only {@code malloc} needs that declaration, so the
   * header is read at the include rather than skipped and then parsed again after the check.
   */
  @Test
  void aMacroThatExpandsToADeclaredNameKeepsItsHeaderRead() {
    TestProject project = new TestProject(dir)
        .file("inc/comp_redirect.h", "#pragma once\n#include <stddef.h>\n"
            + "void *comp_psram_malloc(size_t size);\n#define malloc(n) comp_psram_malloc(n)\n")
        .file("inc/comp.h", "#pragma once\ntypedef struct { int id; } comp_t;\n")
        .forceInclude("inc/comp_redirect.h")
        .includeDir("inc")
        .file("one.c", "#include \"comp.h\"\nvoid one(void) { comp_t c; c.id = 1; }\n")
        .file("two.c", "#include \"comp.h\"\nvoid two(void) { comp_t d; d.id = 2; }\n")
        .file("three.c", "#include \"comp.h\"\nvoid *three(void) { return malloc(16); }\n")
        .file("four.c", "#include \"comp.h\"\nint four(void) { comp_t e; return e.id; }\n");
    CdtParser skipping = assertSameFactsBothWays(project, "one.c", "two.c", "three.c", "four.c");
    assertEquals(0, skipping.headerReuse().skips().reparsedCount(), "three.c read the redirect header at once");
    assertTrue(skipping.headerReuse().skips().skippedCount() >= 1, "four.c skipped the redirect header");
  }

  /** Parses the units in order skipping and not reusing at all; asserts equal facts; returns the skipping parser. */
  private static CdtParser assertSameFactsBothWays(TestProject project, String... units) {
    CdtParser skipping = new CdtParser(true);
    assertEquals(parseAll(project, new CdtParser(false), units), parseAll(project, skipping, units));
    return skipping;
  }

  private static List<UnitFacts> parseAll(TestProject project, CdtParser parser, String... units) {
    List<UnitFacts> facts = new ArrayList<>();
    for (String unit : units) {
      facts.add(project.parse(parser, unit));
    }
    return facts;
  }
}
