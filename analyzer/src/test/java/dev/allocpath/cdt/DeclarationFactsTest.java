package dev.allocpath.cdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.FunctionFact;
import dev.allocpath.facts.TypeAliasFact;
import dev.allocpath.facts.TypeRef;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.facts.VariableFact.Storage;
import dev.allocpath.facts.VariableFact;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclarationFactsTest {
  @TempDir Path dir;

  private static FunctionFact function(UnitFacts facts, String qualifiedName) {
    return facts.functions().stream().filter(f -> f.qualifiedName().equals(qualifiedName)).findFirst()
        .orElseThrow(() -> new AssertionError("no function " + qualifiedName + " in "
            + facts.functions().stream().map(FunctionFact::qualifiedName).collect(Collectors.toList())));
  }

  private static VariableFact variable(UnitFacts facts, String qualifiedName) {
    return facts.variables().stream().filter(v -> v.qualifiedName().equals(qualifiedName)).findFirst()
        .orElseThrow(() -> new AssertionError("no variable " + qualifiedName + " in "
            + facts.variables().stream().map(VariableFact::qualifiedName).collect(Collectors.toList())));
  }

  private static TypeAliasFact alias(UnitFacts facts, String qualifiedName) {
    return facts.aliases().stream().filter(a -> a.qualifiedName().equals(qualifiedName)).findFirst()
        .orElseThrow(() -> new AssertionError("no alias " + qualifiedName + " in " + facts.aliases()));
  }

  @Test
  void typedefsAndUsingAliasesAreQualifiedByScope() {
    TestProject project = new TestProject(dir).file("a.cpp", """
        typedef unsigned int u32, *u32_ptr;
        typedef void (*thread_fn)(void *);
        namespace rtc {
        using Mutex = std::recursive_mutex;
        template <typename T> using Ptr = std::shared_ptr<T>;
        struct Holder { typedef std::lock_guard<Mutex> Guard; };
        }
        """);
    UnitFacts facts = project.parse("a.cpp");
    assertEquals(TypeRef.of("unsigned int"), alias(facts, "u32").target());
    assertEquals(new TypeRef("unsigned int", true, List.of()), alias(facts, "u32_ptr").target());
    assertEquals(new TypeRef("void", true, List.of()), alias(facts, "thread_fn").target());
    TypeAliasFact mutex = alias(facts, "rtc::Mutex");
    assertEquals("Mutex", mutex.name());
    assertEquals("rtc", mutex.scope());
    assertEquals(TypeRef.of("std::recursive_mutex"), mutex.target());
    assertEquals(new SourceLocation("a.cpp", 4, 7, 4, 12), mutex.location());
    TypeAliasFact ptr = alias(facts, "rtc::Ptr");
    assertEquals(List.of("T"), ptr.templateParameters());
    assertEquals(TypeRef.of("std::shared_ptr<T>"), ptr.target());
    assertEquals(TypeRef.of("std::lock_guard<Mutex>"), alias(facts, "rtc::Holder::Guard").target());
  }

  @Test
  void functionDefinitionsWithOwnersParametersAndOperatorNew() {
    TestProject project = new TestProject(dir)
        .file("init.hpp", """
            namespace rtc::impl {
            class Init {
              void doInit(pthread_t *thread, const std::string &name);
              int inClass(int a) { return a; }
              static void *operator new(size_t size);
            };
            }
            """)
        .file("init.cpp", """
            #include "init.hpp"
            namespace rtc::impl {
            void Init::doInit(pthread_t *thread, const std::string &name) {}
            void *Init::operator new(size_t size) { return nullptr; }
            }
            using namespace rtc::impl;
            void *operator new(size_t size) { return malloc(size); }
            void *operator new[](size_t size, const std::nothrow_t &) { return malloc(size); }
            static int plain(void) { return 0; }
            void unnamed(int, char *) {}
            """);
    UnitFacts facts = project.parse("init.cpp");
    FunctionFact doInit = function(facts, "rtc::impl::Init::doInit");
    assertEquals("doInit", doInit.name());
    assertEquals("rtc::impl::Init", doInit.ownerClass());
    assertEquals(List.of("thread", "name"), doInit.parameterNames());
    assertEquals(List.of("pthread_t *", "const std::string &"), doInit.parameterTypes());
    // The location is the name as written, qualifier included.
    assertEquals(new SourceLocation("init.cpp", 3, 6, 3, 18), doInit.location());
    assertEquals("rtc::impl::Init", function(facts, "rtc::impl::Init::inClass").ownerClass());
    FunctionFact memberNew = function(facts, "rtc::impl::Init::operator new");
    assertEquals("operator new", memberNew.name());
    assertEquals("rtc::impl::Init", memberNew.ownerClass());
    FunctionFact globalNew = function(facts, "operator new");
    assertEquals("", globalNew.ownerClass());
    assertEquals(List.of("size_t"), globalNew.parameterTypes());
    assertEquals("operator new[]", function(facts, "operator new[]").name());
    assertEquals(List.of(), function(facts, "plain").parameterNames());
    FunctionFact unnamed = function(facts, "unnamed");
    assertEquals(List.of("", ""), unnamed.parameterNames());
    assertEquals(List.of("int", "char *"), unnamed.parameterTypes());
  }

  @Test
  void operatorNamesAreSpelledWithoutInnerSpaces() {
    TestProject project = new TestProject(dir).file("a.cpp", """
        struct Ops {
          Ops &operator=(const Ops &) = default;
          bool operator==(const Ops &other) const { return true; }
          explicit operator bool() const { return true; }
        };
        bool Ops_less(const Ops &a) { return false; }
        """);
    UnitFacts facts = project.parse("a.cpp");
    assertEquals("operator==", function(facts, "Ops::operator==").name());
    assertEquals("operator=", function(facts, "Ops::operator=").name());
    assertEquals("operator bool", function(facts, "Ops::operator bool").name());
  }

  @Test
  void cThreadLocalsInEverySpelling() {
    TestProject project = new TestProject(dir).file("a.c", """
        static __thread int gnu_counter;
        _Thread_local int c11_counter;
        _Noreturn void die(void);
        _Static_assert(sizeof(int) == 4, "int");
        void f(void) { static __thread int inner; static int plain; }
        """);
    UnitFacts facts = project.parse("a.c");
    assertEquals(Storage.THREAD_LOCAL, variable(facts, "gnu_counter").storage());
    assertEquals(Storage.THREAD_LOCAL, variable(facts, "c11_counter").storage());
    assertEquals(Storage.THREAD_LOCAL, variable(facts, "f::inner").storage());
    assertEquals(Storage.FUNCTION_STATIC, variable(facts, "f::plain").storage());
    assertEquals(List.of(), facts.problems());
  }

  @Test
  void outOfLineDefinitionsResolveThroughUsingNamespace() {
    TestProject project = new TestProject(dir).file("a.cpp", """
        namespace net { class Socket { void open(); }; }
        using namespace net;
        void Socket::open() {}
        """);
    FunctionFact open = function(project.parse("a.cpp"), "net::Socket::open");
    assertEquals("net::Socket", open.ownerClass());
  }

  @Test
  void standardTemplatesParseAsDeclarationsWithoutTheirHeaders() {
    // Without knowing std::lock_guard is a template, CDT would read a comparison expression.
    TestProject project = new TestProject(dir).file("a.cpp", """
        void f(std::mutex &m) {
          std::lock_guard<std::mutex> lock(m);
          std::unique_ptr<std::thread> worker(new std::thread(run));
        }
        """);
    UnitFacts facts = project.parse("a.cpp");
    assertEquals(TypeRef.of("std::lock_guard<std::mutex>"), variable(facts, "lock").type());
    assertEquals("local:f:m", facts.assignments().stream()
        .filter(a -> a.target().equals("local:f:lock")).findFirst().orElseThrow().valueStorage());
    assertEquals(TypeRef.of("std::unique_ptr<std::thread>"), variable(facts, "worker").type());
    assertEquals(List.of(), facts.problems());
  }

  @Test
  void variablesOfEveryStorageKind() {
    TestProject project = new TestProject(dir).file("a.cpp", """
        namespace app {
        const std::string s = "abc";
        extern std::mutex shared;
        thread_local int perThread = 1;
        __thread int gnuPerThread;
        class Registry { static std::map<int,int> table; };
        std::map<int,int> Registry::table;
        void run(int count, std::thread *worker) {
          static std::mutex cache;
          std::thread t(worker_main, count);
          int a = 1, b{2};
          for (auto &w : workers) {}
          auto f = [](int x) { return x; };
          auto &[key, value] = *entries.begin();
        }
        }
        """);
    UnitFacts facts = project.parse("a.cpp");
    VariableFact s = variable(facts, "app::s");
    assertEquals(Storage.NAMESPACE, s.storage());
    assertTrue(s.isConst());
    assertEquals("\"abc\"", s.initializer());
    assertEquals("", s.enclosingFunction());
    assertEquals("global:app::s", s.storageKey());
    assertEquals(new SourceLocation("a.cpp", 2, 19, 2, 20), s.location());
    VariableFact shared = variable(facts, "app::shared");
    assertTrue(shared.isExtern());
    assertFalse(shared.isConst());
    assertEquals(Storage.THREAD_LOCAL, variable(facts, "app::perThread").storage());
    assertEquals(Storage.THREAD_LOCAL, variable(facts, "app::gnuPerThread").storage());
    VariableFact table = variable(facts, "app::Registry::table");
    assertEquals(Storage.STATIC_MEMBER_DEFINITION, table.storage());
    assertEquals(TypeRef.of("std::map<int, int>"), table.type());
    VariableFact cache = variable(facts, "app::run::cache");
    assertEquals(Storage.FUNCTION_STATIC, cache.storage());
    assertEquals("app::run", cache.enclosingFunction());
    assertEquals("global:app::run::cache", cache.storageKey());
    VariableFact t = variable(facts, "t");
    assertEquals(Storage.LOCAL, t.storage());
    assertEquals(TypeRef.of("std::thread"), t.type());
    assertEquals("worker_main, count", t.initializer());
    assertEquals("local:app::run:t", t.storageKey());
    assertEquals("1", variable(facts, "a").initializer());
    assertEquals("2", variable(facts, "b").initializer());
    VariableFact worker = variable(facts, "worker");
    assertEquals(Storage.PARAMETER, worker.storage());
    assertEquals(new TypeRef("std::thread", true, List.of()), worker.type());
    assertEquals(Storage.PARAMETER, variable(facts, "count").storage());
    assertEquals(new TypeRef("auto", true, List.of()), variable(facts, "w").type());
    VariableFact lambdaParameter = variable(facts, "x");
    assertEquals(Storage.PARAMETER, lambdaParameter.storage());
    assertEquals("app::run", lambdaParameter.enclosingFunction());
    assertEquals(TypeRef.of("auto"), variable(facts, "f").type());
    assertEquals("[](int x) { return x; }", variable(facts, "f").initializer());
    VariableFact key = variable(facts, "key");
    assertEquals(Storage.LOCAL, key.storage());
    assertEquals(new TypeRef("auto", true, List.of()), key.type());
    assertEquals("*entries.begin()", key.initializer());
  }

  @Test
  void sectionAttributesAreKeptInCAndCxxInEveryPosition() {
    String code = """
        #define EXT_RAM_BSS_ATTR __attribute__((section(".ext_ram.bss")))
        static unsigned char a[4096] EXT_RAM_BSS_ATTR;
        EXT_RAM_BSS_ATTR static unsigned char b[64];
        static unsigned char c[64] __attribute__((aligned(16)));
        static unsigned char d[64];
        void f(void) { static unsigned char e[8] __attribute__((section(".iram1"))); }
        """;
    for (String name : List.of("s.c", "s.cpp")) {
      UnitFacts facts = new TestProject(dir.resolve(name.replace('.', '_'))).file(name, code).parse(name);
      assertEquals(".ext_ram.bss", variable(facts, "a").section(), name);
      assertEquals(".ext_ram.bss", variable(facts, "b").section(), name);
      assertEquals(null, variable(facts, "c").section(), name);
      assertEquals(null, variable(facts, "d").section(), name);
      assertEquals(".iram1", variable(facts, "f::e").section(), name);
    }
  }
}
