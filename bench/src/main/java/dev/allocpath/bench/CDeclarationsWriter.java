package dev.allocpath.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The big declaration-only headers real C stacks carry (usrsctp's {@code sctp_constants.h} and
 * {@code sctp_structs.h}): hundreds of protocol constants and plain structs, included by every unit
 * of the component. Most of a C unit's preprocessing time goes into headers like these.
 */
final class CDeclarationsWriter {
  private final String p;
  private final String macro;
  private final Dice dice;

  CDeclarationsWriter(ComponentPlan plan, Dice dice) {
    this.p = plan.prefix();
    this.macro = plan.macroPrefix();
    this.dice = dice;
  }

  /** {@code include/<p>/<p>_constants.h}: grouped {@code #define}s with comments. */
  String constants() {
    Code c = new Code();
    Comments.fileNotice(c, p, "protocol constants and limits.", false);
    c.directive("#ifndef " + macro + "_CONSTANTS_H");
    c.directive("#define " + macro + "_CONSTANTS_H");
    c.blank();
    int groups = dice.between(10, 22);
    for (int g = 0; g < groups; g++) {
      String group = dice.pick(Vocabulary.NOUNS).toUpperCase();
      c.line("/* " + Vocabulary.camel(dice.pick(Vocabulary.NOUNS)) + " " + dice.pick(Vocabulary.NOUNS) + " values (section "
          + (g + 1) + "). */");
      int entries = dice.between(8, 36);
      for (int e = 0; e < entries; e++) {
        String name = macro + "_" + group + "_" + dice.pick(Vocabulary.NOUNS).toUpperCase() + "_" + g + "_" + e;
        String value = switch (dice.between(0, 3)) {
          case 0 -> dice.hex(4);
          case 1 -> String.valueOf(dice.between(0, 65535));
          case 2 -> "(1u << " + dice.between(0, 31) + ")";
          default -> "(" + macro + "_" + group + "_BASE_" + g + " + " + e + ")";
        };
        if (e == 0) {
          c.directive("#define " + macro + "_" + group + "_BASE_" + g + " " + dice.hex(4));
        }
        if (dice.chance(0.3)) {
          c.directive("#define " + name + " " + value + " /* " + dice.pick(Vocabulary.LOG_WORDS) + " " + dice.pick(Vocabulary.NOUNS) + " */");
        } else {
          c.directive("#define " + name + " " + value);
        }
      }
      if (dice.chance(0.3)) {
        c.directive("#if defined(" + macro + "_USE_CRC)");
        c.directive("#define " + macro + "_" + group + "_CHECKED_" + g + " 1");
        c.directive("#else");
        c.directive("#define " + macro + "_" + group + "_CHECKED_" + g + " 0");
        c.directive("#endif");
      }
      c.blank();
    }
    c.directive("#endif /* " + macro + "_CONSTANTS_H */");
    return c.text();
  }

  /** {@code src/<p>_structs.h}: private plain structs shared by the component's sources. */
  String structs() {
    Code c = new Code();
    c.line("/* " + p + ": internal data structures. */");
    c.directive("#pragma once");
    c.blank();
    c.directive("#include <stdbool.h>");
    c.directive("#include <stdint.h>");
    c.directive("#include <pthread.h>");
    c.blank();
    List<String> types = new ArrayList<>();
    int count = dice.between(8, 20);
    for (int s = 0; s < count; s++) {
      String name = p + "_" + dice.pick(Vocabulary.NOUNS) + "_" + dice.pick(Vocabulary.NOUNS) + "_" + s;
      if (dice.chance(0.6)) {
        c.line("/* " + Vocabulary.camel(dice.pick(Vocabulary.NOUNS)) + " bookkeeping kept per " + dice.pick(Vocabulary.NOUNS) + ". */");
      }
      c.line("struct " + name + " {");
      c.indent();
      int fields = dice.between(5, 24);
      for (int f = 0; f < fields; f++) {
        String field = dice.pick(Vocabulary.NOUNS) + "_" + f;
        switch (dice.between(0, 7)) {
          case 0 -> c.line("uint8_t " + field + "[" + dice.pickOf("4", "8", "16", "32") + "];");
          case 1 -> c.line("struct " + name + " *" + field + ";");
          case 2 -> {
            if (types.isEmpty()) {
              c.line("uint32_t " + field + ";");
            } else {
              c.line("struct " + dice.pick(types) + " " + (dice.chance(0.5) ? "*" : "") + field + ";");
            }
          }
          case 3 -> c.line("pthread_mutex_t " + field + "_lock;");
          case 4 -> c.line("uint32_t " + field + " : " + dice.between(1, 16) + ";");
          case 5 -> c.line("bool " + field + ";");
          case 6 -> c.line("const char *" + field + ";");
          default -> c.line(dice.pickOf("uint16_t ", "uint32_t ", "int32_t ", "uint64_t ", "size_t ") + field + ";");
        }
      }
      c.dedent();
      c.line("};");
      c.blank();
      types.add(name);
    }
    return c.text();
  }
}
