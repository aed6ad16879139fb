package dev.allocpath.cdt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.MemberFact;
import dev.allocpath.facts.TypeRef;
import dev.allocpath.facts.UnitFacts;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassFactsTest {
  @TempDir Path dir;

  static ClassFact classNamed(UnitFacts facts, String qualifiedName) {
    return facts.classes().stream()
        .filter(c -> c.qualifiedName().equals(qualifiedName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no class " + qualifiedName + " in "
            + facts.classes().stream().map(ClassFact::qualifiedName).collect(Collectors.toList())));
  }

  static MemberFact member(ClassFact type, String name) {
    return type.members().stream()
        .filter(m -> m.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no member " + name + " in " + type.members()));
  }

  static List<String> memberNames(ClassFact type) {
    return type.members().stream().map(MemberFact::name).collect(Collectors.toList());
  }

  @Test
  void classInHeaderWithNestedNamespaceHasQualifiedNameAndSpelledMembers() {
    TestProject project = new TestProject(dir)
        .file("include/pc.hpp", """
            #pragma once
            namespace rtc::impl {
            struct PeerConnection : std::enable_shared_from_this< PeerConnection > {
              synchronized_callback<State> stateChangeCallback;
              mutable std::mutex mLocalDescriptionMutex;
              std::mutex a, b;
              std::array< std::mutex , 4 > locks;
              std::unordered_map<uint16_t, weak_ptr<DataChannel> > mDataChannels;
              static std::recursive_mutex sMutex;
              void close();
              int count() const { return 0; }
            };
            }
            """)
        .file("src/pc.cpp", "#include \"pc.hpp\"\nvoid use() {}\n")
        .includeDir("include");
    UnitFacts facts = project.parse("src/pc.cpp");

    ClassFact pc = classNamed(facts, "rtc::impl::PeerConnection");
    assertEquals("PeerConnection", pc.name());
    assertEquals("struct", pc.keyword());
    assertEquals("rtc::impl", pc.scope());
    assertEquals(List.of("std::enable_shared_from_this<PeerConnection>"), pc.bases());
    assertEquals(new SourceLocation("include/pc.hpp", 3, 8, 3, 22), pc.location());
    assertEquals(List.of("stateChangeCallback", "mLocalDescriptionMutex", "a", "b", "locks",
        "mDataChannels", "sMutex"), memberNames(pc));
    assertEquals(TypeRef.of("synchronized_callback<State>"), member(pc, "stateChangeCallback").type());
    assertEquals(TypeRef.of("std::mutex"), member(pc, "mLocalDescriptionMutex").type());
    assertEquals(TypeRef.of("std::mutex"), member(pc, "b").type());
    assertEquals(new SourceLocation("include/pc.hpp", 6, 17, 6, 18), member(pc, "b").location());
    assertEquals(TypeRef.of("std::array<std::mutex, 4>"), member(pc, "locks").type());
    assertEquals(TypeRef.of("std::unordered_map<uint16_t, weak_ptr<DataChannel>>"),
        member(pc, "mDataChannels").type());
    assertTrue(member(pc, "sMutex").isStatic());
    assertFalse(member(pc, "a").isStatic());
    assertEquals(List.of("include/pc.hpp"), facts.includedFiles());
  }

  @Test
  void includedPathsAreNormalisedAndProjectRelative() {
    TestProject project = new TestProject(dir)
        .file("components/net/include/socket.h", "struct Socket { int fd; };\n")
        .file("components/net/src/socket.c", "#include \"../include/./socket.h\"\n");
    UnitFacts facts = project.parse("components/net/src/socket.c");
    assertEquals(List.of("components/net/include/socket.h"), facts.includedFiles());
    assertEquals("components/net/include/socket.h", classNamed(facts, "Socket").location().path());
    assertEquals("components/net/src/socket.c", facts.unitPath());
    assertEquals("main", facts.component());
  }

  @Test
  void nestedAndLocalClassesAreSeparateFacts() {
    TestProject project = new TestProject(dir).file("a.cpp", """
        namespace outer {
        class Holder {
          struct Inner { std::mutex m; } inner;
          class Deep { int x; };
        };
        void Holder_run() {
          struct Local { std::thread t; };
        }
        }
        struct InCpp { int v; };
        """);
    UnitFacts facts = project.parse("a.cpp");
    ClassFact holder = classNamed(facts, "outer::Holder");
    assertEquals("class", holder.keyword());
    assertEquals(List.of("inner"), memberNames(holder));
    assertEquals(TypeRef.of("outer::Holder::Inner"), member(holder, "inner").type());
    assertEquals(List.of("m"), memberNames(classNamed(facts, "outer::Holder::Inner")));
    assertEquals(List.of("x"), memberNames(classNamed(facts, "outer::Holder::Deep")));
    assertEquals(TypeRef.of("std::thread"), member(classNamed(facts, "outer::Holder_run::Local"), "t").type());
    assertEquals(List.of("v"), memberNames(classNamed(facts, "InCpp")));
  }

  @Test
  void pointersReferencesArraysAndFunctionPointers() {
    TestProject project = new TestProject(dir).file("a.cpp", """
        struct S {
          std::mutex *mp;
          std::mutex &mr;
          std::shared_ptr<std::mutex> sp;
          std::unique_ptr<std::thread> up;
          std::mutex grid[4][N];
          const char *names[8];
          void (*callback)(int);
          unsigned long counter;
          struct other *link;
        };
        """);
    ClassFact s = classNamed(project.parse("a.cpp"), "S");
    assertEquals(new TypeRef("std::mutex", true, List.of()), member(s, "mp").type());
    assertEquals(new TypeRef("std::mutex", true, List.of()), member(s, "mr").type());
    assertEquals(TypeRef.of("std::shared_ptr<std::mutex>"), member(s, "sp").type());
    assertEquals(TypeRef.of("std::unique_ptr<std::thread>"), member(s, "up").type());
    assertEquals(new TypeRef("std::mutex", false, List.of("4", "N")), member(s, "grid").type());
    assertEquals(new TypeRef("char", true, List.of("8")), member(s, "names").type());
    assertEquals(new TypeRef("void", true, List.of()), member(s, "callback").type());
    assertEquals(TypeRef.of("unsigned long"), member(s, "counter").type());
    assertEquals(new TypeRef("other", true, List.of()), member(s, "link").type());
  }

  @Test
  void templateClassesHaveParametersAndBasesWithArguments() {
    TestProject project = new TestProject(dir).file("a.hpp", """
        template <typename T, int N, template <class> class Policy>
        class Pool : public Base<T, N>, private Policy<T> {
          std::array<T, N> slots;
        };
        template <> struct Pool<int, 1, Plain> { int only; };
        """);
    UnitFacts facts = project.parse("a.hpp");
    ClassFact pool = classNamed(facts, "Pool");
    assertEquals(List.of("T", "N", "Policy"), pool.templateParameters());
    assertEquals(List.of("Base<T, N>", "Policy<T>"), pool.bases());
    assertEquals(TypeRef.of("std::array<T, N>"), member(pool, "slots").type());
    assertEquals(List.of(), classNamed(facts, "Pool<int, 1, Plain>").templateParameters());
  }

  @Test
  void anonymousStructsAreNamedByTheirTypedefOrPosition() {
    TestProject project = new TestProject(dir).file("a.c", """
        typedef struct { int fd; } sock_t;
        struct holder {
          struct { int a; } anon;
          union { int i; float f; };
        };
        """);
    UnitFacts facts = project.parse("a.c");
    assertEquals(List.of("fd"), memberNames(classNamed(facts, "sock_t")));
    ClassFact holder = classNamed(facts, "holder");
    // In C a struct nested in a struct is a file-scope struct.
    assertEquals(TypeRef.of("(anonymous struct at 3:3)"), member(holder, "anon").type());
    assertEquals(List.of("a"), memberNames(classNamed(facts, "(anonymous struct at 3:3)")));
    assertEquals(List.of("i", "f"), memberNames(classNamed(facts, "(anonymous union at 4:3)")));
    assertEquals(List.of("anon"), memberNames(holder));
  }

  @Test
  void deadPreprocessorBranchesProduceNoFacts() {
    String source = """
        #if 0
        struct Dead { std::mutex m; };
        void dead() { pthread_create(0, 0, 0, 0); }
        #endif
        struct Live {
        #ifdef USE_MBEDTLS
          std::recursive_mutex mSslMutex;
        #else
          std::mutex mSslMutex;
        #endif
        };
        """;
    TestProject without = new TestProject(dir.resolve("without")).file("a.cpp", source);
    UnitFacts plain = without.parse("a.cpp");
    assertEquals(List.of("Live"), plain.classes().stream().map(ClassFact::qualifiedName).collect(Collectors.toList()));
    assertTrue(plain.calls().isEmpty());
    assertTrue(plain.functions().isEmpty());
    assertEquals(TypeRef.of("std::mutex"), member(classNamed(plain, "Live"), "mSslMutex").type());

    TestProject with = new TestProject(dir.resolve("with")).file("a.cpp", source).define("USE_MBEDTLS", "1");
    ClassFact live = classNamed(with.parse("a.cpp"), "Live");
    assertEquals(List.of("mSslMutex"), memberNames(live));
    assertEquals(TypeRef.of("std::recursive_mutex"), member(live, "mSslMutex").type());

    TestProject undefined = new TestProject(dir.resolve("undefined")).file("a.cpp", source)
        .define("USE_MBEDTLS", "1").undefine("USE_MBEDTLS");
    assertEquals(TypeRef.of("std::mutex"), member(classNamed(undefined.parse("a.cpp"), "Live"), "mSslMutex").type());
  }
}
