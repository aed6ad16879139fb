package dev.allocpath.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes one C component in the shape of libjuice or usrsctp: a public umbrella header and one
 * public header per module under {@code include/<name>/}, private headers and one source per module
 * under {@code src/}, a force-included redirect header when the component owns one, plus files the
 * build does not compile (tests, an alternative port, an example).
 */
final class CComponentWriter {
  private final ComponentPlan plan;
  private final TreeWriter tree;
  private final Dice dice;
  private final String dir;
  private final String p;
  private final String macro;
  private final List<CModule> modules = new ArrayList<>();
  private final String osal;

  private final Map<String, ComponentPlan> project;

  /** Whether the build compiles this code; vendored copies nobody builds are written too. */
  private final boolean compiled;

  CComponentWriter(ComponentPlan plan, Map<String, ComponentPlan> project, TreeWriter tree) {
    this(plan, project, tree, "components/" + plan.name() + "/", true);
  }

  /**
   * @param dir where to write, ending in {@code /}
   * @param compiled false for a vendored library that sits in another component's tree unbuilt
   */
  CComponentWriter(ComponentPlan plan, Map<String, ComponentPlan> project, TreeWriter tree, String dir, boolean compiled) {
    this.plan = plan;
    this.project = project;
    this.tree = tree;
    this.compiled = compiled;
    this.dice = new Dice(plan.seed());
    this.dir = dir;
    this.p = plan.prefix();
    this.macro = plan.macroPrefix();
    this.osal = plan.requires().isEmpty() ? null : plan.requires().get(0);
  }

  void write() {
    planModules();
    tree.write(dir + "include/" + p + "/" + p + ".h", umbrellaHeader());
    CDeclarationsWriter declarations = new CDeclarationsWriter(plan, dice);
    tree.write(dir + "include/" + p + "/" + p + "_constants.h", declarations.constants());
    tree.write(dir + "src/" + p + "_structs.h", declarations.structs());
    for (CModule m : modules) {
      tree.write(dir + "include/" + m.include(), new CHeaderWriter(m, dice).publicHeader());
      if (m.privateHeader) {
        tree.write(dir + "src/" + m.name + "_priv.h", new CHeaderWriter(m, dice).privateHeader());
      }
    }
    tree.write(dir + "src/" + p + "_internal.h", internalHeader());
    tree.write(dir + "src/thread.h", threadHeader());
    if (plan.ownsRedirect()) {
      tree.write(dir + "include/" + p + "_redirect.h", RedirectHeader.text(p));
    }
    List<String> sources = new ArrayList<>();
    for (CModule m : modules) {
      String path = "src/" + m.name + ".c";
      sources.add(path);
      String text = new CSourceWriter(m, modules, dice, m == modules.get(0)).text();
      if (compiled) {
        tree.writeUnit(unitFlags(dir + path), text);
      } else {
        tree.write(dir + path, text);
      }
    }
    for (CModule m : modules) {
      if (dice.chance(0.8)) {
        tree.write(dir + "test/test_" + m.name + ".c", new CTestWriter(m, dice).text());
      }
    }
    List<String> ports = new ArrayList<>();
    for (CModule m : modules) {
      if (dice.chance(0.25)) {
        String port = "port/posix/" + m.name + "_port.c";
        ports.add(port);
        tree.write(dir + port, new CSourceWriter(m, modules, dice, false).portText());
      }
    }
    tree.write(dir + "examples/basic/main.c", new CTestWriter(modules.get(0), dice).exampleText());
    tree.write(dir + "CMakeLists.txt", new CMakeListsWriter(plan, dice).forC(sources, ports));
  }

  private void planModules() {
    List<String> names = new ArrayList<>(Vocabulary.NOUNS);
    names.remove("config");
    names.remove("state");
    for (int u = 0; u < plan.units(); u++) {
      String name = u == 0 ? "core" : names.remove(dice.between(0, names.size() - 1));
      // C units carry most of the lines, as in the reference (usrsctp's files run to thousands of lines).
      int target = dice.chance(0.12) ? dice.between(2600, 5200) : dice.between(300, 1900);
      modules.add(new CModule(plan, name, dice, target));
    }
    for (CModule m : modules) {
      int functions = Math.max(4, m.targetLines / 48);
      List<String> used = new ArrayList<>();
      for (int f = 0; f < functions; f++) {
        String fname;
        do {
          fname = m.sym + "_" + dice.pick(Vocabulary.VERBS) + "_" + dice.pick(Vocabulary.NOUNS);
        } while (used.contains(fname));
        used.add(fname);
        CSignature sig = dice.chance(0.15) ? dice.pickOf(CSignature.BUF, CSignature.STR)
            : dice.pickOf(CSignature.CTX, CSignature.CTX_DATA, CSignature.CTX_NAME, CSignature.CTX_OUT, CSignature.CTX_KEY);
        boolean isStatic = f > 0 && dice.chance(0.3);
        if (isStatic) {
          fname = fname.substring(m.sym.length() + 1);
        }
        m.api.add(new CFunction(fname, sig, isStatic));
      }
    }
  }

  private UnitFlags unitFlags(String path) {
    List<String> includes = IncludePaths.forUnits(plan, project);
    String forced = plan.redirectOwner() == null ? null : "components/" + plan.redirectHeader();
    return new UnitFlags(path, false, includes, CMakeListsWriter.definesForC(plan), forced);
  }

  private String umbrellaHeader() {
    Code c = new Code();
    Comments.fileNotice(c, p, "public API.", false);
    c.directive("#pragma once");
    c.blank();
    c.directive("#include <stdbool.h>");
    c.directive("#include <stddef.h>");
    c.directive("#include <stdint.h>");
    if (osal != null) {
      c.directive("#include \"" + osal + "/" + osal + ".h\"");
    }
    c.directive("#include \"" + p + "/" + p + "_constants.h\"");
    c.blank();
    c.directive("#ifdef __cplusplus");
    c.directive("extern \"C\" {");
    c.directive("#endif");
    c.blank();
    c.directive("#define " + macro + "_VERSION_MAJOR " + dice.between(0, 4));
    c.directive("#define " + macro + "_VERSION_MINOR " + dice.between(0, 20));
    c.directive("#define " + macro + "_VERSION_PATCH " + dice.between(0, 9));
    c.blank();
    c.line("/** Result codes of every " + p + " function. */");
    c.line("typedef enum {");
    c.indent();
    String[] errors = {"OK = 0", "ERR_INVALID_ARG = -1", "ERR_NO_MEM = -2", "ERR_TIMEOUT = -3",
        "ERR_STATE = -4", "ERR_OVERFLOW = -5", "ERR_NOT_FOUND = -6", "ERR_IO = -7"};
    for (String e : errors) {
      c.line(macro + "_" + e + ",");
    }
    c.dedent();
    c.line("} " + p + "_err_t;");
    c.blank();
    c.line("typedef struct {");
    c.indent();
    c.line("uint32_t flags;");
    c.line("uint16_t max_sessions;");
    c.line("uint16_t mtu;");
    c.line("const char *hostname;");
    c.line("uint32_t task_stack_size;");
    c.line("uint8_t task_priority;");
    c.line("bool use_psram;");
    c.dedent();
    c.line("} " + p + "_global_config_t;");
    c.blank();
    c.line("/** Version string, e.g. \"1.2.3\". */");
    c.line("const char *" + p + "_version(void);");
    c.line("int " + p + "_global_init(const " + p + "_global_config_t *config);");
    c.line("void " + p + "_global_deinit(void);");
    c.line("uint32_t " + p + "_checksum(const uint8_t *data, size_t len);");
    c.line("int " + p + "_format_name(const char *name, char *out, size_t out_len);");
    c.blank();
    c.directive("#ifdef __cplusplus");
    c.directive("}");
    c.directive("#endif");
    return c.text();
  }

  private String internalHeader() {
    Code c = new Code();
    c.line("/* Private declarations shared by the sources of " + p + ". */");
    c.directive("#pragma once");
    c.blank();
    for (String sys : List.of("stdbool.h", "stddef.h", "stdint.h", "stdio.h", "stdlib.h", "string.h", "pthread.h", "unistd.h")) {
      c.directive("#include <" + sys + ">");
    }
    c.blank();
    c.directive("#include \"esp_err.h\"");
    c.directive("#include \"esp_log.h\"");
    c.directive("#include \"" + p + "/" + p + ".h\"");
    for (CModule m : modules) {
      c.directive("#include \"" + m.include() + "\"");
    }
    for (String dep : plan.privRequires()) {
      c.directive("#include \"" + dep + "/" + dep + ".h\"");
    }
    c.directive("#include \"" + p + "_structs.h\"");
    c.directive("#include \"thread.h\"");
    c.blank();
    c.directive("#define " + macro + "_TAG \"" + p + "\"");
    for (String level : List.of("E", "W", "I", "D", "V")) {
      c.directive("#define " + macro + "_LOG" + level + "(fmt, ...) ESP_LOG" + level + "(" + macro + "_TAG, fmt, ##__VA_ARGS__)");
    }
    c.blank();
    c.line("/* Allocation goes through these so a port can change the heap in one place. */");
    c.directive("#define " + macro + "_XALLOC(size) malloc(size)");
    c.directive("#define " + macro + "_XCALLOC(n, size) calloc((n), (size))");
    c.directive("#define " + macro + "_XREALLOC(ptr, size) realloc((ptr), (size))");
    c.directive("#define " + macro + "_XFREE(ptr) do { free(ptr); (ptr) = NULL; } while (0)");
    c.directive("#define " + macro + "_XSTRDUP(s) strdup(s)");
    c.blank();
    c.directive("#define " + macro + "_CHECK(cond, err) \\");
    c.directive("    do { \\");
    c.directive("        if (!(cond)) { \\");
    c.directive("            " + macro + "_LOGE(\"%s:%d: check failed: %s\", __func__, __LINE__, #cond); \\");
    c.directive("            return (err); \\");
    c.directive("        } \\");
    c.directive("    } while (0)");
    c.blank();
    c.directive("#define " + macro + "_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))");
    c.directive("#define " + macro + "_MIN(a, b) ((a) < (b) ? (a) : (b))");
    c.directive("#define " + macro + "_MAX(a, b) ((a) > (b) ? (a) : (b))");
    c.blank();
    c.directive("#ifndef " + macro + "_MAX_ITEMS");
    c.directive("#define " + macro + "_MAX_ITEMS 32");
    c.directive("#endif");
    c.blank();
    c.line("extern int " + p + "_log_level;");
    return c.text();
  }

  private String threadHeader() {
    Code c = new Code();
    c.line("/* Thin portability names over pthreads, as vendored C libraries tend to have. */");
    c.directive("#pragma once");
    c.blank();
    c.directive("#include <pthread.h>");
    c.blank();
    c.line("typedef pthread_t thread_t;");
    c.line("typedef pthread_mutex_t mutex_t;");
    c.blank();
    c.directive("#define thread_init(t, func, arg) pthread_create((t), NULL, (func), (arg))");
    c.directive("#define thread_join(t, res) pthread_join((t), (res))");
    c.directive("#define mutex_init(m, flags) pthread_mutex_init((m), NULL)");
    c.directive("#define mutex_lock(m) pthread_mutex_lock(m)");
    c.directive("#define mutex_unlock(m) pthread_mutex_unlock(m)");
    c.directive("#define mutex_destroy(m) pthread_mutex_destroy(m)");
    return c.text();
  }
}
