package dev.allocpath.bench;

import java.util.List;

/**
 * A header-only C portability layer (like the small OS-abstraction libraries vendored into ESP-IDF
 * projects): logging and bit macros, byte-order helpers, an intrusive list and a ring buffer.
 * Every C unit of the components that require it includes all of it.
 */
final class CHeaderOnlyWriter {
  private final ComponentPlan plan;
  private final TreeWriter tree;
  private final Dice dice;
  private final String p;
  private final String macro;

  CHeaderOnlyWriter(ComponentPlan plan, TreeWriter tree) {
    this.plan = plan;
    this.tree = tree;
    this.dice = new Dice(plan.seed());
    this.p = plan.prefix();
    this.macro = plan.macroPrefix();
  }

  void write() {
    String dir = "components/" + p + "/";
    List<String> parts = List.of("bits", "list", "ringbuf", "timeutil");
    Code umbrella = new Code();
    umbrella.line("/* " + p + ": portability helpers shared by the C components. */");
    umbrella.directive("#pragma once");
    umbrella.blank();
    for (String part : parts) {
      umbrella.directive("#include \"" + p + "/" + part + ".h\"");
    }
    tree.write(dir + "include/" + p + "/" + p + ".h", umbrella.text());
    tree.write(dir + "include/" + p + "/bits.h", bits());
    tree.write(dir + "include/" + p + "/list.h", list());
    tree.write(dir + "include/" + p + "/ringbuf.h", ringbuf());
    tree.write(dir + "include/" + p + "/timeutil.h", timeutil());
    tree.write(dir + "CMakeLists.txt", CMakeListsWriter.headerOnly(plan));
  }

  private void start(Code c, String what) {
    c.line("/* " + p + ": " + what + ". */");
    c.directive("#pragma once");
    c.blank();
    c.directive("#include <stdbool.h>");
    c.directive("#include <stddef.h>");
    c.directive("#include <stdint.h>");
    c.blank();
  }

  private String bits() {
    Code c = new Code();
    start(c, "bit and byte-order helpers");
    c.directive("#define " + macro + "_BIT(n) (1u << (n))");
    c.directive("#define " + macro + "_ALIGN_UP(x, a) (((x) + ((a) - 1)) & ~((a) - 1))");
    c.directive("#define " + macro + "_IS_POW2(x) ((x) != 0 && ((x) & ((x) - 1)) == 0)");
    c.directive("#define " + macro + "_UNUSED(x) ((void)(x))");
    c.blank();
    for (int width : new int[] {16, 32, 64}) {
      String t = "uint" + width + "_t";
      c.line("static inline " + t + " " + p + "_load_be" + width + "(const uint8_t *p)");
      c.line("{");
      c.line("    " + t + " v = 0;");
      c.line("    for (size_t i = 0; i < sizeof(" + t + "); i++) {");
      c.line("        v = (" + t + ")((v << 8) | p[i]);");
      c.line("    }");
      c.line("    return v;");
      c.line("}");
      c.blank();
      c.line("static inline void " + p + "_store_be" + width + "(uint8_t *p, " + t + " v)");
      c.line("{");
      c.line("    for (size_t i = sizeof(" + t + "); i > 0; i--) {");
      c.line("        p[i - 1] = (uint8_t)(v & 0xFFu);");
      c.line("        v >>= 8;");
      c.line("    }");
      c.line("}");
      c.blank();
      c.line("static inline unsigned " + p + "_popcount" + width + "(" + t + " v)");
      c.line("{");
      c.line("    unsigned n = 0;");
      c.line("    while (v != 0) {");
      c.line("        v &= (" + t + ")(v - 1);");
      c.line("        n++;");
      c.line("    }");
      c.line("    return n;");
      c.line("}");
      c.blank();
    }
    return c.text();
  }

  private String list() {
    Code c = new Code();
    start(c, "intrusive doubly linked list");
    c.line("typedef struct " + p + "_list_node {");
    c.line("    struct " + p + "_list_node *prev;");
    c.line("    struct " + p + "_list_node *next;");
    c.line("} " + p + "_list_node_t;");
    c.blank();
    c.directive("#define " + macro + "_CONTAINER_OF(ptr, type, member) ((type *)((char *)(ptr) - (size_t)&((type *)0)->member))");
    c.directive("#define " + macro + "_LIST_FOREACH(node, head) for ((node) = (head)->next; (node) != (head); (node) = (node)->next)");
    c.blank();
    c.line("static inline void " + p + "_list_init(" + p + "_list_node_t *head)");
    c.line("{");
    c.line("    head->prev = head;");
    c.line("    head->next = head;");
    c.line("}");
    c.blank();
    c.line("static inline bool " + p + "_list_is_empty(const " + p + "_list_node_t *head)");
    c.line("{");
    c.line("    return head->next == head;");
    c.line("}");
    c.blank();
    c.line("static inline void " + p + "_list_insert_after(" + p + "_list_node_t *head, " + p + "_list_node_t *node)");
    c.line("{");
    c.line("    node->next = head->next;");
    c.line("    node->prev = head;");
    c.line("    head->next->prev = node;");
    c.line("    head->next = node;");
    c.line("}");
    c.blank();
    c.line("static inline void " + p + "_list_remove(" + p + "_list_node_t *node)");
    c.line("{");
    c.line("    node->prev->next = node->next;");
    c.line("    node->next->prev = node->prev;");
    c.line("    node->prev = node;");
    c.line("    node->next = node;");
    c.line("}");
    c.blank();
    c.line("static inline size_t " + p + "_list_length(const " + p + "_list_node_t *head)");
    c.line("{");
    c.line("    size_t n = 0;");
    c.line("    const " + p + "_list_node_t *node;");
    c.line("    for (node = head->next; node != head; node = node->next) {");
    c.line("        n++;");
    c.line("    }");
    c.line("    return n;");
    c.line("}");
    return c.text();
  }

  private String ringbuf() {
    Code c = new Code();
    start(c, "single-producer ring buffer");
    c.directive("#include <string.h>");
    c.blank();
    c.line("typedef struct {");
    c.line("    uint8_t *data;");
    c.line("    size_t size;");
    c.line("    size_t head;");
    c.line("    size_t tail;");
    c.line("} " + p + "_ringbuf_t;");
    c.blank();
    c.line("static inline size_t " + p + "_ringbuf_used(const " + p + "_ringbuf_t *rb)");
    c.line("{");
    c.line("    return rb->head >= rb->tail ? rb->head - rb->tail : rb->size - (rb->tail - rb->head);");
    c.line("}");
    c.blank();
    c.line("static inline size_t " + p + "_ringbuf_free(const " + p + "_ringbuf_t *rb)");
    c.line("{");
    c.line("    return rb->size - " + p + "_ringbuf_used(rb) - 1;");
    c.line("}");
    c.blank();
    c.line("static inline size_t " + p + "_ringbuf_write(" + p + "_ringbuf_t *rb, const uint8_t *src, size_t len)");
    c.line("{");
    c.line("    size_t n = 0;");
    c.line("    while (n < len && " + p + "_ringbuf_free(rb) > 0) {");
    c.line("        rb->data[rb->head] = src[n++];");
    c.line("        rb->head = (rb->head + 1) % rb->size;");
    c.line("    }");
    c.line("    return n;");
    c.line("}");
    c.blank();
    c.line("static inline size_t " + p + "_ringbuf_read(" + p + "_ringbuf_t *rb, uint8_t *dst, size_t len)");
    c.line("{");
    c.line("    size_t n = 0;");
    c.line("    while (n < len && rb->tail != rb->head) {");
    c.line("        dst[n++] = rb->data[rb->tail];");
    c.line("        rb->tail = (rb->tail + 1) % rb->size;");
    c.line("    }");
    c.line("    return n;");
    c.line("}");
    return c.text();
  }

  private String timeutil() {
    Code c = new Code();
    start(c, "time arithmetic that survives wrap-around");
    c.directive("#define " + macro + "_MS_PER_TICK " + dice.pickOf("1", "10"));
    c.directive("#define " + macro + "_TICKS(ms) ((ms) / " + macro + "_MS_PER_TICK)");
    c.blank();
    c.line("static inline bool " + p + "_time_after(uint32_t a, uint32_t b)");
    c.line("{");
    c.line("    return (int32_t)(b - a) < 0;");
    c.line("}");
    c.blank();
    c.line("static inline uint32_t " + p + "_time_elapsed(uint32_t since, uint32_t now)");
    c.line("{");
    c.line("    return now - since;");
    c.line("}");
    c.blank();
    c.line("static inline uint32_t " + p + "_backoff_ms(uint32_t attempt, uint32_t base, uint32_t cap)");
    c.line("{");
    c.line("    uint32_t delay = base;");
    c.line("    while (attempt-- > 0 && delay < cap) {");
    c.line("        delay *= 2;");
    c.line("    }");
    c.line("    return delay < cap ? delay : cap;");
    c.line("}");
    return c.text();
  }
}
