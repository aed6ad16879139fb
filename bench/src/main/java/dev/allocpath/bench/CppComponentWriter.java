package dev.allocpath.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one C++ component in the shape of libdatachannel: implementation classes under
 * {@code src/impl/} (the ones with mutex, callback, thread and container members), thin public
 * wrappers under {@code include/<ns>/} and {@code src/}, a private {@code internals.hpp} that pulls
 * in the header-only utility library, and files the build leaves out (a source behind an
 * {@code if()} that is off, tests, an example).
 */
final class CppComponentWriter {
  private final ComponentPlan plan;
  private final Map<String, ComponentPlan> project;
  private final TreeWriter tree;
  private final Dice dice;
  private final String ns;
  private final String dir;
  private final String common;
  private final String log;
  private final List<CppClass> classes = new ArrayList<>();
  private int publicCount;

  CppComponentWriter(ComponentPlan plan, Map<String, ComponentPlan> project, TreeWriter tree) {
    this.plan = plan;
    this.project = project;
    this.tree = tree;
    this.dice = new Dice(plan.seed());
    this.ns = plan.name();
    this.dir = "components/" + ns + "/";
    this.common = plan.requires().get(0);
    this.log = common.toUpperCase() + "_LOG";
  }

  void write() {
    planClasses();
    List<CppClass> publicClasses = classes.subList(0, publicCount);
    tree.write(dir + "include/" + ns + "/" + ns + ".hpp", umbrella(publicClasses));
    tree.write(dir + "src/impl/internals.hpp", internals());
    CppTypesWriter types = new CppTypesWriter(dice);
    tree.write(dir + "include/" + ns + "/configuration.hpp",
        types.header(ns, ns + ": public configuration.", List.of(common + "/common.hpp"), dice.between(4, 10)));
    tree.write(dir + "src/impl/" + ns + "_types.hpp",
        types.header(ns + "::impl", ns + ": internal records.", List.of(ns + "/configuration.hpp"), dice.between(8, 20)));
    if (plan.ownsRedirect()) {
      tree.write(dir + "include/" + ns + "_redirect.h", RedirectHeader.text(ns));
    }
    List<String> implSources = new ArrayList<>();
    for (CppClass cls : classes) {
      tree.write(dir + "src/impl/" + cls.file + ".hpp", new CppClassWriter(cls, dice, log).header());
      String path = "src/impl/" + cls.file + ".cpp";
      implSources.add(path);
      boolean first = cls == classes.get(0);
      tree.writeUnit(flags(dir + path),
          new CppClassWriter(cls, dice, log).source(dependencyCalls(), first ? componentFunctions() : ""));
    }
    List<String> apiSources = new ArrayList<>();
    for (CppClass cls : publicClasses) {
      tree.write(dir + "include/" + ns + "/" + cls.file + ".hpp", new CppWrapperWriter(cls, dice, log).header());
      String path = "src/" + cls.file + ".cpp";
      apiSources.add(path);
      tree.writeUnit(flags(dir + path), new CppWrapperWriter(cls, dice, log).source());
    }
    String gated = "src/impl/wstransport.cpp";
    tree.write(dir + gated, websocketTransport());
    for (CppClass cls : classes) {
      if (dice.chance(0.8)) {
        tree.write(dir + "test/test_" + cls.file + ".cpp", test(cls));
      }
    }
    tree.write(dir + "examples/" + ns + "_example.cpp", example());
    if (dice.chance(0.6)) {
      vendoredLibrary();
    }
    tree.write(dir + "CMakeLists.txt", new CMakeListsWriter(plan, dice).forCpp(apiSources, implSources, gated));
  }

  private void planClasses() {
    publicCount = plan.units() / 4;
    int implCount = plan.units() - publicCount;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < implCount; i++) {
      String name;
      do {
        name = Vocabulary.camel(dice.pick(Vocabulary.NOUNS)) + Vocabulary.camel(dice.pick(Vocabulary.ROLES));
      } while (names.contains(name) || name.equalsIgnoreCase("wstransport"));
      names.add(name);
      // C++ units are shorter than C ones (libdatachannel's are); their headers make them costly.
      int target = dice.chance(0.1) ? dice.between(1400, 2400) : dice.between(250, 1000);
      CppClass cls = new CppClass(plan, name, dice, target);
      int methods = Math.max(4, target / 45);
      List<String> used = new ArrayList<>(List.of("start", "stop", "state", "name", "run", "changeState"));
      for (int m = 0; m < methods; m++) {
        String method;
        do {
          method = dice.pick(Vocabulary.VERBS) + Vocabulary.camel(dice.pick(Vocabulary.NOUNS));
        } while (used.contains(method));
        used.add(method);
        cls.methods.add(new CppMethod(method, dice.pick(List.of(CppSignature.values()))));
      }
      int collaborators = Math.min(classes.size(), dice.between(0, 3));
      while (cls.collaborators.size() < collaborators) {
        CppClass other = dice.pick(classes);
        if (!cls.collaborators.contains(other)) {
          cls.collaborators.add(other);
        }
      }
      classes.add(cls);
    }
  }

  /**
   * A C library copied into {@code deps/} that this component's build does not compile, as
   * libdatachannel carries libsrtp: present in the tree, read by no build.
   */
  private void vendoredLibrary() {
    String name = "lib" + dice.pick(Vocabulary.AREAS) + dice.pick(Vocabulary.ROLES);
    ComponentPlan vendored = new ComponentPlan(plan.index(), name, ComponentKind.C, dice.between(4, 10), dice.nextLong(),
        List.of(), List.of(), null);
    new CComponentWriter(vendored, project, tree, dir + "deps/" + name + "/", false).write();
  }

  private UnitFlags flags(String path) {
    String forced = plan.redirectOwner() == null ? null : "components/" + plan.redirectHeader();
    return new UnitFlags(path, true, IncludePaths.forUnits(plan, project), CMakeListsWriter.definesForCpp(plan), forced);
  }

  /** Calls into the components this one depends on, with {@code %s} standing for a {@code binary}. */
  private List<String> dependencyCalls() {
    List<String> calls = new ArrayList<>();
    for (String dep : plan.privRequires()) {
      ComponentPlan other = project.get(dep);
      if (other.kind() == ComponentKind.C) {
        calls.add(dep + "_checksum(reinterpret_cast<const uint8_t *>(%s.data()), %s.size())");
      } else {
        calls.add("::" + dep + "::checksum(%s)");
      }
    }
    return calls;
  }

  private String componentFunctions() {
    Code c = new Code();
    c.line("} // namespace " + ns + "::impl");
    c.blank();
    c.line("namespace " + ns + " {");
    c.blank();
    c.line("std::string version() { return \"" + dice.between(0, 3) + "." + dice.between(0, 20) + "." + dice.between(0, 9) + "\"; }");
    c.blank();
    c.line("uint32_t checksum(const binary &data) {");
    c.line("    uint32_t crc = 0xFFFFFFFFu;");
    c.line("    for (auto b : data) {");
    c.line("        crc ^= std::to_integer<uint32_t>(b);");
    c.line("        for (int bit = 0; bit < 8; ++bit)");
    c.line("            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));");
    c.line("    }");
    c.line("    return ~crc;");
    c.line("}");
    c.blank();
    c.line("} // namespace " + ns);
    c.blank();
    c.line("namespace " + ns + "::impl {");
    return c.text();
  }

  private String umbrella(List<CppClass> publicClasses) {
    Code c = new Code();
    c.line("// " + ns + ": public C++ API.");
    c.directive("#pragma once");
    c.blank();
    c.directive("#include \"" + common + "/common.hpp\"");
    c.directive("#include \"" + ns + "/configuration.hpp\"");
    for (CppClass cls : publicClasses) {
      c.directive("#include \"" + ns + "/" + cls.file + ".hpp\"");
    }
    c.blank();
    c.line("namespace " + ns + " {");
    c.blank();
    c.line("using namespace ::" + common + ";");
    c.blank();
    c.line("std::string version();");
    c.line("uint32_t checksum(const binary &data);");
    c.blank();
    c.line("} // namespace " + ns);
    return c.text();
  }

  private String internals() {
    Code c = new Code();
    c.line("// Private declarations shared by the sources of " + ns + ".");
    c.directive("#pragma once");
    c.blank();
    c.directive("#include \"" + common + "/common.hpp\"");
    c.directive("#include \"" + ns + "/" + ns + ".hpp\"");
    c.directive("#include \"" + ns + "_types.hpp\"");
    for (String dep : plan.privRequires()) {
      boolean isC = project.get(dep).kind() == ComponentKind.C;
      c.directive("#include \"" + dep + "/" + dep + (isC ? ".h" : ".hpp") + "\"");
    }
    c.blank();
    for (String sys : List.of("algorithm", "chrono", "cstring", "deque", "sstream", "stdexcept", "thread", "variant")) {
      c.directive("#include <" + sys + ">");
    }
    c.blank();
    c.line("namespace " + ns + "::impl {");
    c.blank();
    c.line("using namespace ::" + common + ";");
    c.line("using namespace std::chrono_literals;");
    c.blank();
    c.line("constexpr auto DEFAULT_TIMEOUT = " + dice.pickOf("1s", "5s", "500ms", "30s") + ";");
    c.line("constexpr size_t MAX_PENDING = " + dice.pickOf("16", "64", "256") + ";");
    c.blank();
    c.line("} // namespace " + ns + "::impl");
    return c.text();
  }

  private String websocketTransport() {
    Code c = new Code();
    c.line("// WebSocket transport: only built when " + plan.macroPrefix() + "_ENABLE_WEBSOCKET is ON.");
    c.directive("#include \"internals.hpp\"");
    c.blank();
    c.line("namespace " + ns + "::impl {");
    c.blank();
    c.line("class WsTransport {");
    c.line("public:");
    c.line("    explicit WsTransport(std::string url) : mUrl(std::move(url)) {}");
    c.line("    bool send(const binary &data) {");
    c.line("        std::lock_guard<std::mutex> lock(mMutex);");
    c.line("        mPending.push_back(data);");
    c.line("        return mPending.size() < MAX_PENDING;");
    c.line("    }");
    c.blank();
    c.line("private:");
    c.line("    std::string mUrl;");
    c.line("    std::mutex mMutex;");
    c.line("    std::deque<binary> mPending;");
    c.line("};");
    c.blank();
    c.line("} // namespace " + ns + "::impl");
    return c.text();
  }

  private String test(CppClass cls) {
    Code c = new Code();
    c.line("// Host unit test for " + cls.qualified() + "; not part of the firmware build.");
    c.directive("#include \"../src/impl/" + cls.file + ".hpp\"");
    c.directive("#include <cassert>");
    c.blank();
    int cases = dice.between(2, 8);
    for (int i = 0; i < cases; i++) {
      c.line("static void test_" + cls.file + "_" + i + "() {");
      c.indent();
      c.line("auto object = std::make_shared<" + cls.qualified() + ">(\"test" + i + "\");");
      c.line("object->start();");
      for (CppMethod m : cls.methods) {
        if (m.signature() == CppSignature.COUNT && dice.chance(0.5)) {
          c.line("assert(object->" + m.name() + "() == 0);");
        }
      }
      c.line("object->stop();");
      c.dedent();
      c.line("}");
      c.blank();
    }
    c.line("int main() {");
    for (int i = 0; i < cases; i++) {
      c.line("    test_" + cls.file + "_" + i + "();");
    }
    c.line("    return 0;");
    c.line("}");
    return c.text();
  }

  private String example() {
    Code c = new Code();
    c.line("// Example: start every " + ns + " object once.");
    c.directive("#include \"" + ns + "/" + ns + ".hpp\"");
    c.blank();
    c.line("extern \"C\" void app_main() {");
    c.line("    " + log + "_INFO << \"" + ns + " \" << " + ns + "::version();");
    c.line("}");
    return c.text();
  }
}
