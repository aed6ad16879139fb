package dev.allocpath.bench;

/** Unity test cases and an example program for a C module: present in the tree, never compiled by it. */
final class CTestWriter {
  private final CModule m;
  private final Dice dice;

  CTestWriter(CModule module, Dice dice) {
    this.m = module;
    this.dice = dice;
  }

  String text() {
    Code c = new Code();
    c.line("/* Unit tests for " + m.sym + " (built by the test app only). */");
    c.directive("#include <string.h>");
    c.directive("#include \"unity.h\"");
    c.directive("#include \"" + m.include() + "\"");
    c.blank();
    int cases = dice.between(3, 12);
    for (int i = 0; i < cases; i++) {
      c.line("TEST_CASE(\"" + m.name + " " + dice.pick(Vocabulary.VERBS) + " " + dice.pick(Vocabulary.NOUNS) + " " + i
          + "\", \"[" + m.component.name() + "]\")");
      c.line("{");
      c.indent();
      c.line(m.configType + " cfg = {");
      c.line("    .timeout_ms = " + dice.between(10, 1000) + ",");
      c.line("    .retries = " + dice.between(1, 5) + ",");
      c.line("    .queue_len = 8,");
      c.line("    .name = \"test" + i + "\",");
      c.line("};");
      c.line(m.ctxType + " *ctx = " + m.sym + "_create(&cfg);");
      c.line("TEST_ASSERT_NOT_NULL(ctx);");
      c.line("TEST_ASSERT_EQUAL_STRING(\"" + m.name + "1\", ctx->name);");
      int steps = dice.between(2, 8);
      for (int s = 0; s < steps; s++) {
        c.line("ctx->stats.rx = " + dice.between(0, 100) + ";");
        c.line("TEST_ASSERT_EQUAL_UINT32(" + dice.between(0, 100) + ", " + m.sym + "_pending(ctx) + ctx->stats.rx);");
      }
      c.line(m.sym + "_destroy(ctx);");
      c.dedent();
      c.line("}");
      c.blank();
    }
    return c.text();
  }

  String exampleText() {
    Code c = new Code();
    c.line("/* Minimal example: create a " + m.sym + " context and print its name. */");
    c.directive("#include <stdio.h>");
    c.directive("#include \"" + m.include() + "\"");
    c.blank();
    c.line("void app_main(void)");
    c.line("{");
    c.indent();
    c.line(m.configType + " cfg = { .timeout_ms = 500, .retries = 3, .queue_len = 4, .name = \"example\" };");
    c.line(m.ctxType + " *ctx = " + m.sym + "_create(&cfg);");
    c.open("if (ctx == NULL)");
    c.line("printf(\"create failed\\n\");");
    c.line("return;");
    c.close();
    c.line("printf(\"created %s\\n\", ctx->name);");
    c.line(m.sym + "_destroy(ctx);");
    c.dedent();
    c.line("}");
    return c.text();
  }
}
