package dev.allocpath.bench;

/** The public and private headers of one C module. */
final class CHeaderWriter {
  private final CModule m;
  private final Dice dice;

  CHeaderWriter(CModule module, Dice dice) {
    this.m = module;
    this.dice = dice;
  }

  String publicHeader() {
    Code c = new Code();
    String p = m.component.prefix();
    String guard = m.macro + "_H";
    Comments.fileNotice(c, p, m.name + ": " + dice.pick(Vocabulary.NOUNS) + " and " + dice.pick(Vocabulary.NOUNS) + " handling.",
        false);
    c.directive("#ifndef " + guard);
    c.directive("#define " + guard);
    c.blank();
    c.directive("#include <stdbool.h>");
    c.directive("#include <stdint.h>");
    c.directive("#include <pthread.h>");
    c.directive("#include \"" + p + "/" + p + ".h\"");
    c.blank();
    c.directive("#ifdef __cplusplus");
    c.directive("extern \"C\" {");
    c.directive("#endif");
    c.blank();
    c.directive("#define " + m.macro + "_MAGIC " + dice.hex(8) + "u");
    c.directive("#define " + m.macro + "_MAX_ENTRIES " + dice.pickOf("16", "32", "64", "128"));
    for (int i = 0; i < m.flags.size(); i++) {
      c.directive("#define " + m.flags.get(i) + " (1u << " + i + ")");
    }
    c.directive("#define " + m.macro + "_IS_VALID(ctx) ((ctx) != NULL && (ctx)->magic == " + m.macro + "_MAGIC)");
    c.blank();
    c.line("typedef enum {");
    c.indent();
    for (int i = 0; i < m.states.size(); i++) {
      c.line(m.states.get(i) + (i == 0 ? " = 0" : "") + ",");
    }
    c.dedent();
    c.line("} " + m.stateType + ";");
    c.blank();
    c.line("typedef struct " + m.sym + "_item {");
    c.indent();
    c.line("struct " + m.sym + "_item *next;");
    c.line("uint32_t key;");
    c.line("uint16_t len;");
    c.line("uint8_t flags;");
    c.line("char label[24];");
    c.line("uint8_t *data;");
    if (dice.chance(0.5)) {
      c.line("uint32_t expires_ms;");
    }
    c.dedent();
    c.line("} " + m.itemType + ";");
    c.blank();
    c.line("typedef struct {");
    c.indent();
    c.line("uint32_t timeout_ms;");
    c.line("uint8_t retries;");
    c.line("size_t queue_len;");
    c.line("const char *name;");
    c.line("uint32_t flags;");
    c.line("bool enable_crc;");
    c.line("uint8_t priority;");
    c.line("uint32_t stack_size;");
    c.dedent();
    c.line("} " + m.configType + ";");
    c.blank();
    c.line("/** Events passed to the callback. */");
    c.line("typedef enum {");
    c.indent();
    int events = dice.between(3, 9);
    for (int i = 0; i < events; i++) {
      c.line(m.macro + "_EVENT_" + dice.pick(Vocabulary.NOUNS).toUpperCase() + "_" + dice.pick(Vocabulary.VERBS).toUpperCase()
          + "_" + i + (i == 0 ? " = 1" : "") + ",");
    }
    c.dedent();
    c.line("} " + m.sym + "_event_t;");
    c.blank();
    c.line("/** A consistent copy of the counters, taken under the lock. */");
    c.line("typedef struct {");
    c.indent();
    int counters = dice.between(4, 12);
    for (int i = 0; i < counters; i++) {
      c.line("uint32_t " + dice.pick(Vocabulary.NOUNS) + "_" + dice.pickOf("sent", "received", "dropped", "retried", "expired") + "_" + i + ";");
    }
    c.dedent();
    c.line("} " + m.sym + "_stats_t;");
    c.blank();
    c.line("typedef struct " + m.sym + "_ctx " + m.ctxType + ";");
    c.line("typedef void (*" + m.sym + "_callback_t)(" + m.ctxType + " *ctx, int event, void *user);");
    c.blank();
    c.line("struct " + m.sym + "_ctx {");
    c.indent();
    c.line("uint32_t magic;");
    c.line(m.stateType + " state;");
    c.line(m.configType + " config;");
    c.line("pthread_mutex_t lock;");
    if (m.worker) {
      c.line("pthread_t worker;");
    }
    if (m.unjoined) {
      c.line("pthread_t timer_thread;");
    }
    c.line("volatile bool running;");
    c.line(m.itemType + " *head;");
    c.line("size_t count;");
    c.line("uint8_t *buffer;");
    c.line("size_t buffer_len;");
    c.line("size_t buffer_cap;");
    c.line("uint32_t id;");
    c.line("char name[32];");
    c.line("uint32_t flags;");
    c.line(m.sym + "_callback_t callback;");
    c.line("void *user;");
    c.line("struct {");
    c.indent();
    c.line("uint32_t rx;");
    c.line("uint32_t tx;");
    c.line("uint32_t errors;");
    c.line("uint32_t drops;");
    c.dedent();
    c.line("} stats;");
    for (String field : m.extraFields) {
      c.line(field);
    }
    c.directive("#ifdef CONFIG_" + m.component.macroPrefix() + "_TRACE");
    c.line("uint32_t trace_mask;");
    c.directive("#endif");
    c.dedent();
    c.line("};");
    c.blank();
    c.line(m.ctxType + " *" + m.sym + "_create(const " + m.configType + " *config);");
    c.line("void " + m.sym + "_destroy(" + m.ctxType + " *ctx);");
    if (m.worker) {
      c.line("int " + m.sym + "_start(" + m.ctxType + " *ctx);");
      c.line("int " + m.sym + "_stop(" + m.ctxType + " *ctx);");
    }
    if (m.unjoined) {
      c.line("int " + m.sym + "_arm_timer(" + m.ctxType + " *ctx);");
    }
    if (m.detached) {
      c.line("int " + m.sym + "_spawn_helper(" + m.ctxType + " *ctx);");
    }
    for (CFunction f : m.api) {
      if (f.isStatic()) {
        continue;
      }
      c.blank();
      c.line("/**");
      c.line(" * " + Vocabulary.camel(dice.pick(Vocabulary.VERBS)) + "s a " + dice.pick(Vocabulary.NOUNS) + " of the "
          + dice.pick(Vocabulary.NOUNS) + ".");
      c.line(" *");
      for (String param : f.signature().parameters(m).split(", ")) {
        String pname = param.substring(param.lastIndexOf(' ') + 1).replace("*", "");
        c.line(" * @param " + pname + " the " + dice.pick(Vocabulary.NOUNS) + " to " + dice.pick(Vocabulary.VERBS));
      }
      c.line(" * @return " + m.ok() + " on success, a negative " + m.component.prefix() + "_err_t otherwise.");
      c.line(" */");
      c.line(f.prototype(m) + ";");
    }
    c.blank();
    c.line("static inline bool " + m.sym + "_has_flag(const " + m.ctxType + " *ctx, uint32_t flag)");
    c.line("{");
    c.line("    return ctx != NULL && (ctx->flags & flag) == flag;");
    c.line("}");
    c.blank();
    c.line("static inline size_t " + m.sym + "_pending(const " + m.ctxType + " *ctx)");
    c.line("{");
    c.line("    return ctx != NULL ? ctx->count : 0;");
    c.line("}");
    c.blank();
    c.directive("#ifdef __cplusplus");
    c.directive("}");
    c.directive("#endif");
    c.blank();
    c.directive("#endif /* " + guard + " */");
    return c.text();
  }

  String privateHeader() {
    Code c = new Code();
    c.line("/* Wire format helpers private to " + m.sym + ". */");
    c.directive("#pragma once");
    c.blank();
    c.directive("#include <stdint.h>");
    c.directive("#include <string.h>");
    c.directive("#include \"" + m.include() + "\"");
    c.blank();
    c.directive("#define " + m.macro + "_HEADER_SIZE " + dice.pickOf("8", "12", "16", "20"));
    c.directive("#define " + m.macro + "_VERSION " + dice.between(1, 3));
    c.blank();
    c.line("typedef struct {");
    c.indent();
    c.line("uint32_t seq;");
    c.line("uint32_t ack;");
    c.line("uint16_t window;");
    c.line("uint8_t kind;");
    c.line("uint8_t reserved;");
    c.dedent();
    c.line("} " + m.sym + "_wire_header_t;");
    c.blank();
    c.line("static inline uint16_t " + m.sym + "_read_u16(const uint8_t *p)");
    c.line("{");
    c.line("    return (uint16_t)((p[0] << 8) | p[1]);");
    c.line("}");
    c.blank();
    c.line("static inline uint32_t " + m.sym + "_read_u32(const uint8_t *p)");
    c.line("{");
    c.line("    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];");
    c.line("}");
    c.blank();
    c.line("static inline void " + m.sym + "_write_u16(uint8_t *p, uint16_t v)");
    c.line("{");
    c.line("    p[0] = (uint8_t)(v >> 8);");
    c.line("    p[1] = (uint8_t)v;");
    c.line("}");
    c.blank();
    c.line("static inline int " + m.sym + "_parse_header(const uint8_t *p, size_t len, " + m.sym + "_wire_header_t *out)");
    c.line("{");
    c.line("    if (len < " + m.macro + "_HEADER_SIZE) {");
    c.line("        return -1;");
    c.line("    }");
    c.line("    out->seq = " + m.sym + "_read_u32(p);");
    c.line("    out->ack = " + m.sym + "_read_u32(p + 4);");
    c.line("    out->window = " + m.sym + "_read_u16(p + 8);");
    c.line("    out->kind = p[10];");
    c.line("    out->reserved = p[11];");
    c.line("    return " + m.macro + "_HEADER_SIZE;");
    c.line("}");
    return c.text();
  }
}
