package dev.allocpath.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The source file of one C module: file-level tables and statics, helpers, the create/destroy
 * pair, thread start/stop functions, and the module's API, grown until the file reaches the
 * module's target size.
 */
final class CSourceWriter {
  private final CModule m;
  private final List<CModule> siblings;
  private final Dice dice;
  private final boolean core;
  private final String p;
  private final String macro;

  CSourceWriter(CModule module, List<CModule> siblings, Dice dice, boolean core) {
    this.m = module;
    this.siblings = siblings;
    this.dice = dice;
    this.core = core;
    this.p = module.component.prefix();
    this.macro = module.component.macroPrefix();
  }

  String text() {
    Code c = new Code();
    Comments.fileNotice(c, p, m.name + " implementation.", false);
    c.blank();
    c.directive("#include \"" + p + "_internal.h\"");
    if (m.privateHeader) {
      c.directive("#include \"" + m.name + "_priv.h\"");
    }
    if ((core && m.component.ownsRedirect()) || dice.chance(0.3)) {
      c.directive("#include \"esp_heap_caps.h\"");
    }
    c.blank();
    fileScope(c);
    List<CFunction> callable = callable();
    CBodyWriter bodies = new CBodyWriter(c, m, dice, callable);
    List<CFunction> statics = m.api.stream().filter(CFunction::isStatic).toList();
    List<CFunction> visible = m.api.stream().filter(f -> !f.isStatic()).toList();
    int budgetFunctions = m.api.size();
    for (CFunction f : statics) {
      c.line(f.prototype(m) + ";");
    }
    if (!statics.isEmpty()) {
      c.blank();
    }
    lifecycle(c);
    if (m.worker) {
      worker(c);
    }
    if (m.unjoined) {
      timer(c);
    }
    if (m.detached) {
      helper(c);
    }
    if (core) {
      componentApi(c);
    }
    int written = 0;
    for (CFunction f : concat(statics, visible)) {
      int left = budgetFunctions - written;
      int perFunction = Math.max(0, (m.targetLines - c.lineCount()) / Math.max(1, left));
      int blocks = Math.max(1, Math.min(12, (perFunction - 22) / 7 + dice.between(-1, 1)));
      bodies.writeFunction(f, blocks);
      written++;
    }
    if (dice.chance(0.2)) {
      c.directive("#if 0");
      c.line("/* Kept for reference: the polling version used before the worker thread existed. */");
      c.line("static void " + m.sym + "_poll_legacy(" + m.ctxType + " *ctx)");
      c.line("{");
      c.line("    while (ctx->running) {");
      c.line("        usleep(1000);");
      c.line("    }");
      c.line("}");
      c.directive("#endif");
    }
    return c.text();
  }

  /** An alternative implementation for a desktop port; the ESP-IDF build never compiles it. */
  String portText() {
    Code c = new Code();
    c.line("/* POSIX port of " + m.sym + " for host tests; not part of the firmware build. */");
    c.directive("#include <stdio.h>");
    c.directive("#include <stdlib.h>");
    c.directive("#include <string.h>");
    c.directive("#include <sys/time.h>");
    c.directive("#include \"" + m.include() + "\"");
    c.blank();
    c.line("static uint32_t port_now_ms(void)");
    c.line("{");
    c.line("    struct timeval tv;");
    c.line("    gettimeofday(&tv, NULL);");
    c.line("    return (uint32_t)(tv.tv_sec * 1000u + tv.tv_usec / 1000u);");
    c.line("}");
    c.blank();
    int functions = dice.between(4, 12);
    for (int i = 0; i < functions; i++) {
      String name = m.sym + "_port_" + dice.pick(Vocabulary.VERBS) + "_" + i;
      c.openOwnLine("int " + name + "(" + m.ctxType + " *ctx, const char *path)");
      c.line("FILE *f = fopen(path, \"rb\");");
      c.line("uint32_t started = port_now_ms();");
      c.open("if (f == NULL)");
      c.line("return -1;");
      c.close();
      c.open("while (!feof(f) && port_now_ms() - started < ctx->config.timeout_ms)");
      c.line("char line[128];");
      c.open("if (fgets(line, sizeof(line), f) == NULL)");
      c.line("break;");
      c.close();
      c.line("ctx->stats.rx += (uint32_t)strlen(line);");
      c.close();
      c.line("fclose(f);");
      c.line("return 0;");
      c.close();
      c.blank();
    }
    return c.text();
  }

  private static List<CFunction> concat(List<CFunction> a, List<CFunction> b) {
    List<CFunction> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** What this module's code may call: its own API and helpers, siblings' and dependencies' plain functions. */
  private List<CFunction> callable() {
    List<CFunction> list = new ArrayList<>(m.api);
    for (CModule other : siblings) {
      if (other != m) {
        list.addAll(other.plainApi());
      }
    }
    list.add(new CFunction(p + "_checksum", CSignature.BUF, false));
    list.add(new CFunction(p + "_format_name", CSignature.STR, false));
    for (String dep : m.component.privRequires()) {
      list.add(new CFunction(dep + "_checksum", CSignature.BUF, false));
      list.add(new CFunction(dep + "_format_name", CSignature.STR, false));
    }
    return list;
  }

  private void fileScope(Code c) {
    c.directive("#define " + m.macro + "_DEFAULT_TIMEOUT_MS " + dice.pickOf("100", "500", "1000", "5000"));
    c.blank();
    c.line("static const char *const k_" + m.name + "_state_names[] = {");
    c.indent();
    for (String s : m.states) {
      c.line("\"" + s.substring(s.lastIndexOf("_STATE_") + 7) + "\",");
    }
    c.dedent();
    c.line("};");
    c.blank();
    c.line("static const struct {");
    c.line("    const char *name;");
    c.line("    int code;");
    c.line("} k_" + m.name + "_codes[] = {");
    c.indent();
    int codes = dice.between(4, 18);
    for (int i = 0; i < codes; i++) {
      c.line("{ \"" + dice.pick(Vocabulary.NOUNS) + "-" + dice.pick(Vocabulary.VERBS) + "\", " + dice.between(1, 999) + " },");
    }
    c.dedent();
    c.line("};");
    c.blank();
    if (dice.chance(0.4)) {
      int size = dice.pickOf(16, 32, 64);
      c.line("static const uint32_t k_" + m.name + "_table[" + size + "] = {");
      c.indent();
      for (int row = 0; row < size / 4; row++) {
        c.line(dice.hex(8) + ", " + dice.hex(8) + ", " + dice.hex(8) + ", " + dice.hex(8) + ",");
      }
      c.dedent();
      c.line("};");
      c.blank();
    }
    c.line("static int s_" + m.name + "_instances;");
    c.line("static pthread_mutex_t s_" + m.name + "_registry_lock = PTHREAD_MUTEX_INITIALIZER;");
    c.blank();
    c.line("static const char *" + m.sym + "_state_name(" + m.stateType + " state)");
    c.line("{");
    c.line("    if ((size_t)state >= " + macro + "_ARRAY_SIZE(k_" + m.name + "_state_names)) {");
    c.line("        return \"?\";");
    c.line("    }");
    c.line("    return k_" + m.name + "_state_names[state];");
    c.line("}");
    c.blank();
  }

  private void lifecycle(Code c) {
    c.openOwnLine(m.ctxType + " *" + m.sym + "_create(const " + m.configType + " *config)");
    c.line(m.ctxType + " *ctx = (" + m.ctxType + " *)" + macro + "_XCALLOC(1, sizeof(*ctx));");
    c.open("if (ctx == NULL)");
    c.line(macro + "_LOGE(\"%s: out of memory\", __func__);");
    c.line("return NULL;");
    c.close();
    c.line("ctx->magic = " + m.macro + "_MAGIC;");
    c.line("ctx->state = " + m.states.get(0) + ";");
    c.open("if (config != NULL)");
    c.line("ctx->config = *config;");
    c.reopen("else");
    c.line("ctx->config.timeout_ms = " + m.macro + "_DEFAULT_TIMEOUT_MS;");
    c.line("ctx->config.queue_len = " + macro + "_MAX_ITEMS;");
    c.close();
    c.line("ctx->buffer_cap = " + dice.pickOf("256", "512", "1024", "1500") + ";");
    c.line("ctx->buffer = (uint8_t *)malloc(ctx->buffer_cap);");
    c.open("if (ctx->buffer == NULL)");
    c.line("free(ctx);");
    c.line("return NULL;");
    c.close();
    c.line("mutex_init(&ctx->lock, 0);");
    c.line("pthread_mutex_lock(&s_" + m.name + "_registry_lock);");
    c.line("ctx->id = (uint32_t)++s_" + m.name + "_instances;");
    c.line("pthread_mutex_unlock(&s_" + m.name + "_registry_lock);");
    c.line("snprintf(ctx->name, sizeof(ctx->name), \"" + m.name + "%u\", (unsigned)ctx->id);");
    c.line("return ctx;");
    c.close();
    c.blank();
    c.openOwnLine("void " + m.sym + "_destroy(" + m.ctxType + " *ctx)");
    c.line(m.itemType + " *item;");
    c.open("if (!" + m.macro + "_IS_VALID(ctx))");
    c.line("return;");
    c.close();
    if (m.worker) {
      c.line(m.sym + "_stop(ctx);");
    }
    c.open("while (ctx->head != NULL)");
    c.line("item = ctx->head;");
    c.line("ctx->head = item->next;");
    c.line("free(item->data);");
    c.line("free(item);");
    c.close();
    c.line("mutex_destroy(&ctx->lock);");
    c.line(macro + "_XFREE(ctx->buffer);");
    c.line("ctx->magic = 0;");
    c.line("free(ctx);");
    c.close();
    c.blank();
  }

  private void worker(Code c) {
    c.line("static void *" + m.sym + "_worker_main(void *arg)");
    c.line("{");
    c.indent();
    c.line(m.ctxType + " *ctx = (" + m.ctxType + " *)arg;");
    c.line(macro + "_LOGI(\"worker for %s started\", ctx->name);");
    c.open("while (ctx->running)");
    c.line("pthread_mutex_lock(&ctx->lock);");
    c.open("if (ctx->head != NULL && ctx->callback != NULL)");
    c.line("ctx->callback(ctx, (int)ctx->state, ctx->user);");
    c.close();
    c.line("pthread_mutex_unlock(&ctx->lock);");
    c.line("usleep(ctx->config.timeout_ms * 1000u);");
    c.close();
    c.line("return NULL;");
    c.close();
    c.blank();
    c.openOwnLine("int " + m.sym + "_start(" + m.ctxType + " *ctx)");
    c.line(macro + "_CHECK(" + m.macro + "_IS_VALID(ctx), " + m.error("INVALID_ARG") + ");");
    c.open("if (ctx->running)");
    c.line("return " + m.error("STATE") + ";");
    c.close();
    c.line("ctx->running = true;");
    boolean viaMacro = dice.chance(0.5);
    if (viaMacro) {
      c.open("if (thread_init(&ctx->worker, " + m.sym + "_worker_main, ctx) != 0)");
    } else {
      c.line("pthread_attr_t attr;");
      c.line("pthread_attr_init(&attr);");
      c.line("pthread_attr_setstacksize(&attr, ctx->config.stack_size != 0 ? ctx->config.stack_size : 4096);");
      c.line("int err = pthread_create(&ctx->worker, &attr, " + m.sym + "_worker_main, ctx);");
      c.line("pthread_attr_destroy(&attr);");
      c.open("if (err != 0)");
    }
    c.line("ctx->running = false;");
    c.line("return " + m.error("NO_MEM") + ";");
    c.close();
    c.line("return " + m.ok() + ";");
    c.close();
    c.blank();
    c.openOwnLine("int " + m.sym + "_stop(" + m.ctxType + " *ctx)");
    c.open("if (!ctx->running)");
    c.line("return " + m.ok() + ";");
    c.close();
    c.line("ctx->running = false;");
    c.line(dice.chance(0.5) ? "thread_join(ctx->worker, NULL);" : "pthread_join(ctx->worker, NULL);");
    c.line("return " + m.ok() + ";");
    c.close();
    c.blank();
  }

  /** A timer thread nobody joins: its task control block stays in internal RAM after it ends. */
  private void timer(Code c) {
    c.line("static void *" + m.sym + "_timer_main(void *arg)");
    c.line("{");
    c.line("    " + m.ctxType + " *ctx = (" + m.ctxType + " *)arg;");
    c.line("    usleep(ctx->config.timeout_ms * 1000u);");
    c.line("    ctx->state = " + m.states.get(m.states.size() - 1) + ";");
    c.line("    return NULL;");
    c.line("}");
    c.blank();
    c.openOwnLine("int " + m.sym + "_arm_timer(" + m.ctxType + " *ctx)");
    c.open("if (pthread_create(&ctx->timer_thread, NULL, " + m.sym + "_timer_main, ctx) != 0)");
    c.line("return " + m.error("NO_MEM") + ";");
    c.close();
    c.line("return " + m.ok() + ";");
    c.close();
    c.blank();
  }

  private void helper(Code c) {
    c.line("static void *" + m.sym + "_helper_main(void *arg)");
    c.line("{");
    c.line("    " + m.ctxType + " *ctx = (" + m.ctxType + " *)arg;");
    c.line("    ctx->stats.rx = 0;");
    c.line("    return NULL;");
    c.line("}");
    c.blank();
    c.openOwnLine("int " + m.sym + "_spawn_helper(" + m.ctxType + " *ctx)");
    c.line("pthread_t helper;");
    c.open("if (pthread_create(&helper, NULL, " + m.sym + "_helper_main, ctx) != 0)");
    c.line("return " + m.error("NO_MEM") + ";");
    c.close();
    c.line("pthread_detach(helper);");
    c.line("return " + m.ok() + ";");
    c.close();
    c.blank();
  }

  /** The component-wide functions of the umbrella header, and the PSRAM allocators if it owns a redirect. */
  private void componentApi(Code c) {
    c.line("int " + p + "_log_level = 3;");
    c.line("static bool s_initialised;");
    c.blank();
    c.openOwnLine("const char *" + p + "_version(void)");
    c.line("return \"" + dice.between(0, 4) + "." + dice.between(0, 20) + "." + dice.between(0, 9) + "\";");
    c.close();
    c.blank();
    c.openOwnLine("int " + p + "_global_init(const " + p + "_global_config_t *config)");
    c.open("if (s_initialised)");
    c.line("return " + macro + "_ERR_STATE;");
    c.close();
    c.open("if (config != NULL && config->hostname != NULL)");
    c.line(macro + "_LOGI(\"init for host %s (mtu %u)\", config->hostname, (unsigned)config->mtu);");
    c.close();
    c.line("s_initialised = true;");
    c.line("return " + macro + "_OK;");
    c.close();
    c.blank();
    c.openOwnLine("void " + p + "_global_deinit(void)");
    c.line("s_initialised = false;");
    c.close();
    c.blank();
    c.openOwnLine("uint32_t " + p + "_checksum(const uint8_t *data, size_t len)");
    c.line("uint32_t crc = 0xFFFFFFFFu;");
    c.open("for (size_t i = 0; i < len; i++)");
    c.line("crc ^= data[i];");
    c.open("for (int bit = 0; bit < 8; bit++)");
    c.line("crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));");
    c.close();
    c.close();
    c.line("return ~crc;");
    c.close();
    c.blank();
    c.openOwnLine("int " + p + "_format_name(const char *name, char *out, size_t out_len)");
    c.line("int n = snprintf(out, out_len, \"" + p + ":%s\", name != NULL ? name : \"-\");");
    c.line("return (n < 0 || (size_t)n >= out_len) ? " + macro + "_ERR_OVERFLOW : " + macro + "_OK;");
    c.close();
    c.blank();
    if (m.component.ownsRedirect()) {
      String f = p + "_psram_";
      c.line("/* The PSRAM heap behind " + p + "_redirect.h. */");
      c.openOwnLine("void *" + f + "malloc(size_t size)");
      c.line("return heap_caps_malloc(size, MALLOC_CAP_SPIRAM | MALLOC_CAP_8BIT);");
      c.close();
      c.blank();
      c.openOwnLine("void *" + f + "calloc(size_t count, size_t size)");
      c.line("return heap_caps_calloc(count, size, MALLOC_CAP_SPIRAM | MALLOC_CAP_8BIT);");
      c.close();
      c.blank();
      c.openOwnLine("void *" + f + "realloc(void *ptr, size_t size)");
      c.line("return heap_caps_realloc(ptr, size, MALLOC_CAP_SPIRAM | MALLOC_CAP_8BIT);");
      c.close();
      c.blank();
      c.openOwnLine("void " + f + "free(void *ptr)");
      c.line("heap_caps_free(ptr);");
      c.close();
      c.blank();
      c.openOwnLine("char *" + f + "strdup(const char *str)");
      c.line("size_t n = strlen(str) + 1;");
      c.line("char *copy = (char *)" + f + "malloc(n);");
      c.open("if (copy != NULL)");
      c.line("memcpy(copy, str, n);");
      c.close();
      c.line("return copy;");
      c.close();
      c.blank();
    }
  }
}
