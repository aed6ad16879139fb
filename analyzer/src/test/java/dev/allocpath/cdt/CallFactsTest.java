package dev.allocpath.cdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ArgumentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.UnitFacts;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallFactsTest {
  @TempDir Path dir;

  static List<CallFact> callsTo(UnitFacts facts, String callee) {
    return facts.calls().stream().filter(c -> c.callee().equals(callee)).collect(Collectors.toList());
  }

  static CallFact onlyCallTo(UnitFacts facts, String callee) {
    List<CallFact> calls = callsTo(facts, callee);
    assertEquals(1, calls.size(), () -> "calls to " + callee + ": " + facts.calls());
    return calls.get(0);
  }

  @Test
  void callFromAMacroBodyReportsTheMacroAndItsUseSite() {
    TestProject project = new TestProject(dir)
        .file("thread.h", "#define thread_init(t, func, arg) pthread_create(t, NULL, func, arg)\n")
        .file("agent.c", """
            #include "thread.h"
            static pthread_t tid;
            void *worker(void *arg);
            void start(void) {
              int ret = thread_init(&tid, worker, NULL);
            }
            """);
    UnitFacts facts = project.parse("agent.c");
    CallFact call = onlyCallTo(facts, "pthread_create");
    assertEquals("thread_init", call.macro());
    assertEquals(new SourceLocation("agent.c", 5, 13, 5, 44), call.location());
    assertEquals("start", call.enclosingFunction());
    assertEquals(List.of("&tid", "((void *)0)", "worker", "((void *)0)"),
        call.arguments().stream().map(ArgumentFact::text).collect(Collectors.toList()));
    assertEquals("global:tid", call.arguments().get(0).storage());
    assertNull(call.arguments().get(2).storage(), "a function is not storage");
  }

  @Test
  void forcedIncludeRedirectsMallocThroughAMacro() {
    TestProject project = new TestProject(dir)
        .file("redirect/esp32_malloc_redirect.h", "#pragma once\n#define malloc(size) esp32_psram_malloc(size)\n")
        .file("src/agent.c", """
            #define FOO(x) x
            void f(unsigned n) {
              char *p = malloc(n);
              FOO(strlen("abc"));
              char *q = malloc(strlen("abc") + 1);
            }
            """)
        .forceInclude("redirect/esp32_malloc_redirect.h");
    UnitFacts facts = project.parse("src/agent.c");
    List<CallFact> psram = callsTo(facts, "esp32_psram_malloc");
    assertEquals(2, psram.size());
    assertEquals("malloc", psram.get(0).macro());
    assertEquals("esp32_psram_malloc", psram.get(0).qualifiedCallee());
    assertEquals(new SourceLocation("src/agent.c", 3, 13, 3, 22), psram.get(0).location());
    assertEquals("local:f:n", psram.get(0).arguments().get(0).storage());
    assertEquals(List.of(), callsTo(facts, "malloc"));
    List<CallFact> strlen = callsTo(facts, "strlen");
    assertEquals(2, strlen.size());
    // A callee passed as a macro argument is the user's own call: no macro.
    assertNull(strlen.get(0).macro());
    assertNull(strlen.get(1).macro());
    assertEquals(List.of("redirect/esp32_malloc_redirect.h"), facts.includedFiles());
  }

  @Test
  void templateArgumentsNewExpressionsAndConstructions() {
    TestProject project = new TestProject(dir).file("a.cpp", """
        struct Foo { Foo(int, int); };
        void run();
        void f() {
          auto p = std::make_shared<Foo>(1, 2);
          auto u = std::make_unique<std::thread>();
          auto local = make_thing<Foo, int>(3);
          Foo *raw = new Foo(1, 2);
          int *arr = new int[16];
          auto t = std::thread(run);
          std::thread direct(run, 7);
          std::vector<int> sized(10);
          Foo braced{1, 2};
        }
        """);
    UnitFacts facts = project.parse("a.cpp");
    CallFact makeShared = onlyCallTo(facts, "make_shared");
    assertEquals("std::make_shared", makeShared.qualifiedCallee());
    assertEquals(List.of("Foo"), makeShared.templateArguments());
    assertEquals(List.of("1", "2"), makeShared.arguments().stream().map(ArgumentFact::text).collect(Collectors.toList()));
    assertEquals(new SourceLocation("a.cpp", 4, 12, 4, 39), makeShared.location());
    assertEquals(List.of("std::thread"), onlyCallTo(facts, "make_unique").templateArguments());
    assertEquals(List.of("Foo", "int"), onlyCallTo(facts, "make_thing").templateArguments());

    List<CallFact> news = callsTo(facts, "operator new");
    assertEquals(2, news.size());
    assertEquals("new", news.get(0).qualifiedCallee());
    assertEquals(List.of("Foo"), news.get(0).templateArguments());
    assertEquals(List.of("1", "2"), news.get(0).arguments().stream().map(ArgumentFact::text).collect(Collectors.toList()));
    assertEquals(List.of("int[16]"), news.get(1).templateArguments());

    List<CallFact> threads = callsTo(facts, "thread");
    assertEquals(2, threads.size());
    assertEquals("std::thread", threads.get(0).qualifiedCallee());
    assertEquals(new SourceLocation("a.cpp", 9, 12, 9, 28), threads.get(0).location());
    assertEquals(List.of("run", "7"), threads.get(1).arguments().stream().map(ArgumentFact::text).collect(Collectors.toList()));
    CallFact vector = onlyCallTo(facts, "vector");
    assertEquals("std::vector", vector.qualifiedCallee());
    assertEquals(List.of("int"), vector.templateArguments());
    assertEquals(List.of("1", "2"), onlyCallTo(facts, "Foo").arguments().stream().map(ArgumentFact::text).collect(Collectors.toList()));
  }

  @Test
  void memberCallsHaveReceivers() {
    TestProject project = new TestProject(dir).file("a.cpp", """
        namespace rtc {
        class Transport {
          std::thread mThread;
          std::thread mWorkers[4];
          void stop();
        };
        void Transport::stop() {
          mThread.join();
          this->mThread.detach();
          mWorkers[1].join();
          Transport *other = nullptr;
          other->mThread.join();
          other->stop();
        }
        }
        """);
    UnitFacts facts = project.parse("a.cpp");
    List<CallFact> joins = callsTo(facts, "join");
    assertEquals(3, joins.size());
    assertEquals("field:rtc::Transport:mThread", joins.get(0).receiver());
    assertEquals("field:rtc::Transport:mWorkers[]", joins.get(1).receiver());
    assertEquals("field:rtc::Transport:mThread", joins.get(2).receiver());
    assertEquals("field:rtc::Transport:mThread", onlyCallTo(facts, "detach").receiver());
    CallFact stop = onlyCallTo(facts, "stop");
    assertEquals("local:rtc::Transport::stop:other", stop.receiver());
    assertEquals("rtc::Transport::stop", stop.enclosingFunction());
  }

  @Test
  void constructorMemberInitializerOfAClassTypedMemberIsAConstruction() {
    TestProject project = new TestProject(dir).file("a.cpp", """
        class Runner {
          std::thread mThread;
          int mCount;
          Runner();
          void loop();
        };
        Runner::Runner() : mThread(&Runner::loop, this), mCount(0) {}
        """);
    CallFact thread = onlyCallTo(project.parse("a.cpp"), "thread");
    assertEquals("std::thread", thread.qualifiedCallee());
    assertEquals("Runner::Runner", thread.enclosingFunction());
    assertEquals(List.of("&Runner::loop", "this"), thread.arguments().stream().map(ArgumentFact::text).collect(Collectors.toList()));
  }
}
