package dev.allocpath.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One module of a C component: a public header with its context struct and API, and one source
 * file (one translation unit) implementing it.
 */
final class CModule {
  final ComponentPlan component;
  final String name;
  /** Symbol prefix, e.g. {@code sctp_stack_packet}. */
  final String sym;
  /** Macro prefix, e.g. {@code SCTP_STACK_PACKET}. */
  final String macro;
  final String ctxType;
  final String itemType;
  final String configType;
  final String stateType;
  final List<String> states = new ArrayList<>();
  final List<String> flags = new ArrayList<>();
  /** Extra scalar fields of the context struct, for variety. */
  final List<String> extraFields = new ArrayList<>();
  final List<CFunction> api = new ArrayList<>();
  /** Starts a worker pthread that its stop function joins. */
  final boolean worker;
  /** Starts a timer pthread that nothing joins (the leak the thread rule looks for). */
  final boolean unjoined;
  /** Starts a helper thread and detaches it: not a leak. */
  final boolean detached;
  /** Has a private {@code src/<module>_priv.h}. */
  final boolean privateHeader;
  final int targetLines;

  CModule(ComponentPlan component, String name, Dice dice, int targetLines) {
    this.component = component;
    this.name = name;
    this.sym = component.prefix() + "_" + name;
    this.macro = sym.toUpperCase();
    this.ctxType = sym + "_ctx_t";
    this.itemType = sym + "_item_t";
    this.configType = sym + "_config_t";
    this.stateType = sym + "_state_t";
    this.targetLines = targetLines;
    this.worker = dice.chance(0.45);
    this.unjoined = dice.chance(0.06);
    this.detached = dice.chance(0.1);
    this.privateHeader = dice.chance(0.5);
    int stateCount = dice.between(4, 8);
    List<String> pool = new ArrayList<>(Vocabulary.STATES);
    for (int i = 0; i < stateCount; i++) {
      states.add(macro + "_STATE_" + pool.remove(dice.between(0, pool.size() - 1)));
    }
    int flagCount = dice.between(3, 7);
    for (int i = 0; i < flagCount; i++) {
      String flag = macro + "_FLAG_" + dice.pick(Vocabulary.NOUNS).toUpperCase();
      if (!flags.contains(flag)) {
        flags.add(flag);
      }
    }
    int extras = dice.between(2, 8);
    for (int i = 0; i < extras; i++) {
      String field = dice.pick(Vocabulary.NOUNS) + "_" + dice.pickOf("count", "limit", "seq", "mask", "timeout_ms", "offset");
      String decl = dice.pickOf("uint32_t ", "uint16_t ", "int32_t ", "size_t ", "uint8_t ") + field + ";";
      if (extraFields.stream().noneMatch(f -> f.endsWith(" " + field + ";"))) {
        extraFields.add(decl);
      }
    }
  }

  /** Functions callable from any module of the component (no context argument). */
  List<CFunction> plainApi() {
    return api.stream().filter(f -> !f.signature().ctx && !f.isStatic()).toList();
  }

  String include() {
    return component.name() + "/" + name + ".h";
  }

  String error(String what) {
    return component.macroPrefix() + "_ERR_" + what;
  }

  String ok() {
    return component.macroPrefix() + "_OK";
  }

  String log(String level) {
    return component.macroPrefix() + "_LOG" + level;
  }
}
