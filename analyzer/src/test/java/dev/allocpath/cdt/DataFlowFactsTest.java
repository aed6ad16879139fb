package dev.allocpath.cdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.allocpath.facts.ArgumentFact;
import dev.allocpath.facts.AssignmentFact.Kind;
import dev.allocpath.facts.AssignmentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ReturnFact;
import dev.allocpath.facts.UnitFacts;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storage keys, assignments and returns: what the thread and escape rules follow. */
class DataFlowFactsTest {
  @TempDir Path dir;

  private static List<String> storages(CallFact call) {
    return call.arguments().stream().map(ArgumentFact::storage).collect(Collectors.toList());
  }

  private static AssignmentFact assignmentTo(UnitFacts facts, String target) {
    List<AssignmentFact> found =
        facts.assignments().stream().filter(a -> a.target().equals(target)).collect(Collectors.toList());
    assertEquals(1, found.size(), () -> "assignments to " + target + ": " + facts.assignments());
    return found.get(0);
  }

  @Test
  void storageKeysPeelAddressParenthesesCastsAndResolveFieldOwners() {
    TestProject project = new TestProject(dir).file("a.c", """
        struct conn { pthread_t tid; int ids[4]; };
        typedef struct { pthread_t thread; } agent_t;
        pthread_t tids[8];
        static struct conn global_conn;
        void use(void *a, void *b, void *c, void *d, void *e, void *f, void *g);
        void run(struct conn *p, agent_t *agent, int i) {
          struct conn s;
          pthread_t local;
          use(&local, (local), (void *)&s.tid, &p->tid, &tids[i], &agent->thread, &global_conn.ids[2]);
          use(&p->ids[i], *(&local), 0, "x", p, agent, use);
          use(move(local), 0, 0, 0, 0, 0, 0);
        }
        """);
    UnitFacts facts = project.parse("a.c");
    List<CallFact> uses = CallFactsTest.callsTo(facts, "use");
    assertEquals(List.of("local:run:local", "local:run:local", "field:conn:tid", "field:conn:tid",
        "global:tids[]", "field:agent_t:thread", "field:conn:ids[]"), storages(uses.get(0)));
    assertEquals(java.util.Arrays.asList("field:conn:ids[]", "local:run:local", null, null,
        "local:run:p", "local:run:agent", null), storages(uses.get(1)));
    assertEquals(null, uses.get(2).arguments().get(0).storage(), "in C, move() is an ordinary call");
  }

  @Test
  void implicitThisAndThisArrowGiveTheSameFieldKey() {
    TestProject project = new TestProject(dir)
        .file("conn.hpp", """
            namespace rtc::impl {
            struct Base { std::thread mBaseThread; };
            class Connection : public Base {
              std::thread mThread;
              void a();
              void b();
              void c();
            };
            }
            """)
        .file("conn.cpp", """
            #include "conn.hpp"
            namespace rtc::impl {
            void Connection::a() { mThread = std::thread(work); }
            void Connection::b() { this->mThread.join(); }
            void Connection::c() { use(mBaseThread, this->mBaseThread, (*this).mThread); }
            }
            """);
    UnitFacts facts = project.parse("conn.cpp");
    AssignmentFact assigned = assignmentTo(facts, "field:rtc::impl::Connection:mThread");
    assertEquals(Kind.ASSIGN, assigned.kind());
    assertEquals("rtc::impl::Connection::a", assigned.enclosingFunction());
    assertEquals("std::thread", assigned.valueCall().qualifiedCallee());
    assertEquals("field:rtc::impl::Connection:mThread", CallFactsTest.onlyCallTo(facts, "join").receiver());
    assertEquals(List.of("field:rtc::impl::Base:mBaseThread", "field:rtc::impl::Base:mBaseThread",
        "field:rtc::impl::Connection:mThread"), storages(CallFactsTest.onlyCallTo(facts, "use")));
  }

  @Test
  void unresolvedFieldFallsBackToTheDeclaredTypeOfTheBaseVariable() {
    TestProject project = new TestProject(dir).file("a.cpp", """
        void f(Unknown *u, std::shared_ptr<Peer> peer) {
          u->worker = 1;
          peer->worker = 2;
        }
        """);
    UnitFacts facts = project.parse("a.cpp");
    assignmentTo(facts, "field:Unknown:worker");
    assignmentTo(facts, "field:std::shared_ptr<Peer>:worker");
  }

  @Test
  void macroExpandedStorageUsesTheExpansion() {
    TestProject project = new TestProject(dir).file("a.c", """
        struct base_info { pthread_t recvthreadraw; };
        struct sctp_base { struct base_info info; };
        extern struct sctp_base system_base_info;
        #define SCTP_BASE_VAR(m) system_base_info.info.m
        void start(void) {
          pthread_create(&SCTP_BASE_VAR(recvthreadraw), 0, 0, 0);
        }
        """);
    CallFact create = CallFactsTest.onlyCallTo(project.parse("a.c"), "pthread_create");
    assertEquals("field:base_info:recvthreadraw", create.arguments().get(0).storage());
    assertEquals("&system_base_info.info.recvthreadraw", create.arguments().get(0).text());
    assertNull(create.macro(), "pthread_create is written in the file");
  }

  @Test
  void assignmentsDeclarationsRangeForAndMemberInitializers() {
    TestProject project = new TestProject(dir).file("a.cpp", """
        struct Job { int id; };
        class Pool {
          std::vector<std::thread> mThreads;
          std::thread mMain;
          Job *mJob;
          Pool(Job *job);
          void join();
        };
        Pool::Pool(Job *job) : mMain(std::thread(loop)), mJob(job) {}
        void Pool::join() {
          for (auto &t : mThreads) t.join();
          std::thread &first = mThreads[0];
          Job *j = (Job *)mJob;
          std::thread moved(std::move(mMain));
          std::thread *heap = new std::thread(loop);
          heap = nullptr;
        }
        """);
    UnitFacts facts = project.parse("a.cpp");
    AssignmentFact loop = assignmentTo(facts, "local:Pool::join:t");
    assertEquals(Kind.RANGE_FOR, loop.kind());
    assertEquals("mThreads", loop.valueText());
    assertEquals("field:Pool:mThreads[]", loop.valueStorage());

    AssignmentFact reference = assignmentTo(facts, "local:Pool::join:first");
    assertEquals(Kind.INITIALIZE, reference.kind());
    assertEquals("field:Pool:mThreads[]", reference.valueStorage());
    assertEquals("field:Pool:mJob", assignmentTo(facts, "local:Pool::join:j").valueStorage());

    // Moving a thread transfers it: the value is the moved storage, and nothing is constructed.
    AssignmentFact moved = assignmentTo(facts, "local:Pool::join:moved");
    assertEquals("field:Pool:mMain", moved.valueStorage());
    assertNull(moved.valueCall());
    List<CallFact> constructions = CallFactsTest.callsTo(facts, "thread");
    assertEquals(1, constructions.size(), () -> "thread constructions: " + constructions);
    assertEquals("Pool::Pool", constructions.get(0).enclosingFunction());

    List<AssignmentFact> heap = facts.assignments().stream()
        .filter(a -> a.target().equals("local:Pool::join:heap")).collect(Collectors.toList());
    assertEquals(List.of(Kind.INITIALIZE, Kind.ASSIGN), heap.stream().map(AssignmentFact::kind).collect(Collectors.toList()));
    assertEquals("operator new", heap.get(0).valueCall().callee());
    assertEquals(List.of("std::thread"), heap.get(0).valueCall().templateArguments());
    assertNull(heap.get(1).valueCall());

    AssignmentFact main = assignmentTo(facts, "field:Pool:mMain");
    assertEquals(Kind.MEMBER_INIT, main.kind());
    assertEquals("std::thread(loop)", main.valueText());
    assertEquals(List.of("loop"),
        main.valueCall().arguments().stream().map(ArgumentFact::text).collect(Collectors.toList()));
    assertEquals("Pool::Pool", main.enclosingFunction());
    assertEquals("local:Pool::Pool:job", assignmentTo(facts, "field:Pool:mJob").valueStorage());
  }

  @Test
  void returnsOfStorageAreEscapes() {
    TestProject project = new TestProject(dir).file("a.cpp", """
        std::thread *registry[4];
        std::thread *make(int i) {
          std::thread *t = new std::thread(work);
          if (i) return t;
          if (i > 1) return std::move(registry[i]);
          return nullptr;
        }
        int count() { return 3 + 4; }
        """);
    List<ReturnFact> returns = project.parse("a.cpp").returns();
    assertEquals(List.of("local:make:t", "global:registry[]"),
        returns.stream().map(ReturnFact::storage).collect(Collectors.toList()));
    assertEquals("make", returns.get(0).enclosingFunction());
    assertEquals(4, returns.get(0).location().line());
  }
}
