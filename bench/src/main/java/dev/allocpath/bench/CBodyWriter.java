package dev.allocpath.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the bodies of generated C functions: parameter checks, loops over buffers and lists,
 * switches on the state, string formatting and parsing, allocations, locking, {@code #if} blocks
 * and calls to other functions of the component. The mix follows what the reference stack's C
 * code (libjuice, usrsctp, libsrtp) is made of, so the parser does comparable work per line.
 */
final class CBodyWriter {
  private final Code code;
  private final CModule m;
  private final Dice dice;
  private final List<CFunction> callable;
  private final String macro;

  private CFunction fn;
  private boolean usedCleanup;

  /**
   * @param callable functions this module's code may call: its own, the component's plain ones and
   *     the plain API of the components it depends on
   */
  CBodyWriter(Code code, CModule module, Dice dice, List<CFunction> callable) {
    this.code = code;
    this.m = module;
    this.dice = dice;
    this.callable = callable;
    this.macro = module.component.macroPrefix();
  }

  void writeFunction(CFunction function, int blocks) {
    this.fn = function;
    this.usedCleanup = false;
    docComment();
    code.openOwnLine(function.prototype(m));
    code.line("int ret = " + m.ok() + ";");
    code.line("size_t i = 0;");
    code.line("uint32_t acc = " + dice.pickOf("0", "0", "1u", m.macro + "_MAGIC") + ";");
    code.line("char label[" + dice.pickOf("32", "48", "64") + "] = \"\";");
    code.line(m.itemType + " *item = NULL;");
    code.blank();
    guard();
    for (int b = 0; b < blocks; b++) {
      block();
    }
    if (usedCleanup) {
      code.label("cleanup");
    }
    code.line("return " + fn.signature().resultVariable() + ";");
    code.close();
    code.blank();
  }

  private void docComment() {
    if (dice.chance(0.35)) {
      return;
    }
    String verb = dice.pick(Vocabulary.VERBS);
    code.line("/**");
    code.line(" * " + Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " the " + dice.pick(Vocabulary.NOUNS)
        + " of a " + m.name + " " + dice.pick(Vocabulary.NOUNS) + ".");
    if (dice.chance(0.5)) {
      code.line(" *");
      code.line(" * Called with the context unlocked; takes the lock itself when it touches the list.");
    }
    code.line(" */");
  }

  private void fail(String error) {
    code.line(fn.signature().failWith(m.error(error)));
    code.line("goto cleanup;");
    usedCleanup = true;
  }

  private void guard() {
    CSignature s = fn.signature();
    if (s.ctx) {
      if (s == CSignature.CTX_KEY || !dice.chance(0.5)) {
        code.open("if (ctx == NULL)");
        code.line(m.log("E") + "(\"%s: null context\", __func__);");
        fail("INVALID_ARG");
        code.close();
      } else {
        code.line(macro + "_CHECK(ctx != NULL, " + m.error("INVALID_ARG") + ");");
      }
    }
    if (s.data) {
      code.open("if (data == NULL || len == 0)");
      code.line(m.log("W") + "(\"%s: empty input\", __func__);");
      fail("INVALID_ARG");
      code.close();
    }
    if (s.name) {
      code.open("if (name == NULL || name[0] == '\\0')");
      fail("INVALID_ARG");
      code.close();
    }
    if (s.out) {
      code.open("if (out == NULL || out_len == 0)");
      fail("INVALID_ARG");
      code.close();
      code.line("out[0] = '\\0';");
    }
  }

  private void block() {
    if (dice.chance(0.3)) {
      Comments.explain(code, dice, false);
    }
    CSignature s = fn.signature();
    for (int tries = 0; tries < 20; tries++) {
      boolean written = switch (dice.between(0, 18)) {
        case 0 -> checksumLoop();
        case 1 -> s.ctx && stateSwitch();
        case 2 -> formatName();
        case 3 -> s.ctx && listWalk();
        case 4 -> s.ctx && allocateItem();
        case 5 -> s.ctx && lockedUpdate();
        case 6 -> s.ctx && configInitialiser();
        case 7, 8 -> callAnother();
        case 9 -> s.ctx && statsBlock();
        case 10 -> s.ctx && s.data && appendToBuffer();
        case 11 -> s.data && parseTlv();
        case 12 -> s.name && splitName();
        case 13 -> tableLookup();
        case 14 -> s.ctx && invokeCallback();
        case 15 -> s.ctx && s == CSignature.CTX && freeList();
        case 16 -> mixBits();
        case 17 -> s.out && writeOut();
        case 18 -> retryLoop();
        default -> false;
      };
      if (written) {
        return;
      }
    }
    mixBits();
  }

  private String bytes() {
    if (fn.signature().data) {
      return "data";
    }
    return fn.signature().ctx ? "ctx->buffer" : "((const uint8_t *)label)";
  }

  private String length() {
    if (fn.signature().data) {
      return "len";
    }
    return fn.signature().ctx ? "ctx->buffer_len" : "strlen(label)";
  }

  private String text() {
    if (fn.signature().name) {
      return "name";
    }
    return fn.signature().ctx ? "ctx->name" : "label";
  }

  private String keyExpression() {
    if (fn.signature().key) {
      return "key";
    }
    if (fn.signature().name) {
      return "value";
    }
    return fn.signature().ctx ? "ctx->id" : "acc";
  }

  private boolean checksumLoop() {
    String src = bytes();
    code.open("for (i = 0; i < " + length() + "; i++)");
    code.line("acc = (acc << " + dice.between(1, 7) + ") ^ (acc >> " + dice.between(20, 29) + ") ^ " + src + "[i];");
    if (dice.chance(0.6)) {
      code.open("if ((" + src + "[i] & " + dice.hex(2) + ") == " + dice.hex(2) + ")");
      code.line("acc += (uint32_t)i * " + dice.between(3, 97) + "u;");
      code.close();
    }
    code.close();
    return true;
  }

  private boolean stateSwitch() {
    List<String> states = m.states;
    code.open("switch (ctx->state)");
    int cases = Math.min(states.size(), dice.between(2, 5));
    for (int c = 0; c < cases; c++) {
      code.dedent().line("case " + states.get(c) + ":").indent();
      switch (dice.between(0, 3)) {
        case 0 -> {
          String next = states.get((c + 1) % states.size());
          code.line("ctx->state = " + next + ";");
          code.line(m.log("D") + "(\"%s -> %s\", " + m.sym + "_state_name(" + states.get(c) + "), "
              + m.sym + "_state_name(" + next + "));");
        }
        case 1 -> {
          code.open("if (ctx->count > " + dice.between(2, 64) + "u)");
          code.line("ctx->flags |= " + dice.pick(m.flags) + ";");
          code.close();
        }
        case 2 -> code.line("acc += " + dice.between(1, 255) + "u;");
        default -> {
          code.line("ctx->stats.errors++;");
          code.line(m.log("W") + "(\"" + dice.pick(Vocabulary.LOG_WORDS) + " %s in state %d\", ctx->name, (int)ctx->state);");
        }
      }
      code.line("break;");
    }
    code.dedent().line("default:").indent();
    code.line("break;");
    code.close();
    return true;
  }

  private boolean formatName() {
    if (fn.signature().ctx) {
      code.line("snprintf(label, sizeof(label), \"%s-%u\", ctx->name, (unsigned)ctx->id);");
      code.open("if (strlen(label) >= sizeof(ctx->name))");
      code.line(m.log("W") + "(\"name '%s' truncated\", label);");
      code.close();
      code.line("strncpy(ctx->name, label, sizeof(ctx->name) - 1);");
      code.line("ctx->name[sizeof(ctx->name) - 1] = '\\0';");
    } else {
      code.line("snprintf(label, sizeof(label), \"%s." + dice.pick(Vocabulary.NOUNS) + "\", " + text() + ");");
      String prefix = dice.pick(Vocabulary.NOUNS);
      code.open("if (strncmp(label, \"" + prefix + "\", " + prefix.length() + ") == 0)");
      code.line("acc |= " + dice.hex(4) + "u;");
      code.close();
    }
    return true;
  }

  private boolean listWalk() {
    code.open("for (item = ctx->head; item != NULL; item = item->next)");
    code.open("if (item->key == " + keyExpression() + ")");
    code.line("acc += item->len;");
    code.line("break;");
    code.close();
    if (dice.chance(0.5)) {
      code.open("if ((item->flags & " + dice.between(1, 8) + "u) != 0)");
      code.line("continue;");
      code.close();
    }
    code.line("acc ^= item->key;");
    code.close();
    return true;
  }

  private boolean allocateItem() {
    switch (dice.between(0, 2)) {
      case 0 -> code.line("item = (" + m.itemType + " *)" + macro + "_XCALLOC(1, sizeof(*item));");
      case 1 -> code.line("item = (" + m.itemType + " *)calloc(1, sizeof(" + m.itemType + "));");
      default -> {
        code.line("item = (" + m.itemType + " *)" + macro + "_XALLOC(sizeof(*item));");
        code.open("if (item != NULL)");
        code.line("memset(item, 0, sizeof(*item));");
        code.close();
      }
    }
    code.open("if (item == NULL)");
    code.line(m.log("E") + "(\"no memory for %s\", \"" + m.name + " item\");");
    fail("NO_MEM");
    code.close();
    code.line("item->key = " + keyExpression() + ";");
    if (fn.signature().data) {
      code.line("item->data = (uint8_t *)malloc(len);");
      code.open("if (item->data == NULL)");
      code.line("free(item);");
      fail("NO_MEM");
      code.close();
      code.line("memcpy(item->data, data, len);");
      code.line("item->len = (uint16_t)" + macro + "_MIN(len, 0xFFFFu);");
    }
    code.line("snprintf(item->label, sizeof(item->label), \"%s#%u\", ctx->name, (unsigned)ctx->count);");
    code.line("item->next = ctx->head;");
    code.line("ctx->head = item;");
    code.line("ctx->count++;");
    return true;
  }

  private boolean lockedUpdate() {
    boolean macroLock = dice.chance(0.4);
    code.line(macroLock ? "mutex_lock(&ctx->lock);" : "pthread_mutex_lock(&ctx->lock);");
    code.line("ctx->" + dice.pickOf("stats.rx", "stats.tx", "stats.drops") + "++;");
    if (!m.extraFields.isEmpty() && dice.chance(0.7)) {
      String decl = dice.pick(m.extraFields);
      String field = decl.substring(decl.indexOf(' ') + 1, decl.length() - 1);
      code.line("ctx->" + field + " += " + dice.between(1, 16) + ";");
    }
    code.open("if (ctx->count > " + macro + "_MAX_ITEMS)");
    code.line("ctx->flags |= " + dice.pick(m.flags) + ";");
    code.close();
    code.line(macroLock ? "mutex_unlock(&ctx->lock);" : "pthread_mutex_unlock(&ctx->lock);");
    return true;
  }

  private boolean configInitialiser() {
    code.open("");
    code.line(m.configType + " cfg = {");
    code.indent();
    code.line(".timeout_ms = " + dice.pickOf("100", "250", "500", "1000", "3000") + ",");
    code.line(".retries = " + dice.between(1, 8) + ",");
    code.line(".queue_len = " + dice.pickOf("4", "8", "16", "32") + ",");
    code.line(".name = \"" + m.name + "-" + dice.pick(Vocabulary.NOUNS) + "\",");
    code.line(".flags = " + dice.pick(m.flags) + " | " + dice.pick(m.flags) + ",");
    if (dice.chance(0.6)) {
      code.line(".enable_crc = " + dice.pickOf("true", "false") + ",");
    }
    code.dedent();
    code.line("};");
    if (fn.signature().name) {
      code.line("cfg.name = name;");
    }
    code.open("if (cfg.queue_len > " + macro + "_MAX_ITEMS)");
    code.line("cfg.queue_len = " + macro + "_MAX_ITEMS;");
    code.close();
    code.line("ctx->config = cfg;");
    code.close();
    return true;
  }

  private boolean callAnother() {
    List<CFunction> usable = new ArrayList<>();
    for (CFunction f : callable) {
      if (f.name().equals(fn.name())) {
        continue;
      }
      if (!f.signature().ctx || fn.signature().ctx && m.api.contains(f) || isOwnStatic(f)) {
        usable.add(f);
      }
    }
    if (usable.isEmpty()) {
      return false;
    }
    CFunction target = dice.pick(usable);
    String args = arguments(target.signature());
    switch (target.signature()) {
      case CTX_KEY -> {
        code.line("item = " + target.name() + "(" + args + ");");
        code.open("if (item == NULL)");
        code.line(m.log("D") + "(\"%s: no " + m.name + " for %u\", __func__, (unsigned)" + keyExpression() + ");");
        code.close();
      }
      case BUF -> code.line("acc ^= " + target.name() + "(" + args + ");");
      default -> {
        code.line("ret = " + target.name() + "(" + args + ");");
        code.open("if (ret != " + m.ok() + ")");
        code.line(m.log("W") + "(\"" + target.name() + " failed: %d\", ret);");
        if (dice.chance(0.5)) {
          usedCleanup = true;
          if (!fn.signature().resultVariable().equals("ret")) {
            code.line(fn.signature().failWith(m.error("IO")));
          }
          code.line("goto cleanup;");
        }
        code.close();
      }
    }
    return true;
  }

  private boolean isOwnStatic(CFunction f) {
    return f.isStatic() && fn.signature().ctx;
  }

  private String arguments(CSignature target) {
    List<String> args = new ArrayList<>();
    if (target.ctx) {
      args.add("ctx");
    }
    if (target.data) {
      args.add(bytes());
      args.add(length());
    }
    if (target.name) {
      args.add(text());
      if (target.ctx) {
        args.add(fn.signature().name ? "value" : "acc");
      }
    }
    if (target.out) {
      args.add(fn.signature().out && !target.name ? "out" : "label");
      args.add(fn.signature().out && !target.name ? "out_len" : "sizeof(label)");
    }
    if (target.key) {
      args.add(keyExpression());
    }
    return String.join(", ", args);
  }

  private boolean statsBlock() {
    if (dice.chance(0.6)) {
      code.directive("#if " + macro + "_ENABLE_STATS");
      code.line("ctx->stats.tx += (uint32_t)" + length() + ";");
      code.open("if (ctx->stats.tx > 0xFFFFFF00u)");
      code.line("ctx->stats.tx = 0;");
      code.close();
      code.directive("#else");
      code.line("acc += 1u;");
      code.directive("#endif");
    } else {
      code.directive("#ifdef CONFIG_" + macro + "_TRACE");
      code.line(m.log("V") + "(\"%s: state=%d count=%u\", ctx->name, (int)ctx->state, (unsigned)ctx->count);");
      code.open("for (i = 0; i < ctx->buffer_len && i < 16; i++)");
      code.line(m.log("V") + "(\"  [%02u] %02x\", (unsigned)i, ctx->buffer[i]);");
      code.close();
      code.directive("#endif");
    }
    return true;
  }

  private boolean appendToBuffer() {
    code.open("if (ctx->buffer_len + len > ctx->buffer_cap)");
    code.line("size_t cap = ctx->buffer_cap != 0 ? ctx->buffer_cap * 2 : " + dice.pickOf("64", "128", "256") + ";");
    code.open("while (cap < ctx->buffer_len + len)");
    code.line("cap *= 2;");
    code.close();
    code.line("uint8_t *grown = (uint8_t *)" + (dice.chance(0.5) ? "realloc" : macro + "_XREALLOC") + "(ctx->buffer, cap);");
    code.open("if (grown == NULL)");
    code.line(m.log("E") + "(\"cannot grow buffer to %u bytes\", (unsigned)cap);");
    fail("NO_MEM");
    code.close();
    code.line("ctx->buffer = grown;");
    code.line("ctx->buffer_cap = cap;");
    code.close();
    code.line("memcpy(ctx->buffer + ctx->buffer_len, data, len);");
    code.line("ctx->buffer_len += len;");
    return true;
  }

  private boolean parseTlv() {
    code.line("i = 0;");
    code.open("while (i + 4 <= len)");
    code.line("uint16_t type = (uint16_t)((data[i] << 8) | data[i + 1]);");
    code.line("uint16_t vlen = (uint16_t)((data[i + 2] << 8) | data[i + 3]);");
    code.line("i += 4;");
    code.open("if (i + vlen > len)");
    code.line(m.log("W") + "(\"truncated attribute %04x (%u > %u)\", type, (unsigned)vlen, (unsigned)(len - i));");
    code.line("break;");
    code.close();
    code.open("switch (type)");
    int cases = dice.between(2, 6);
    for (int c = 0; c < cases; c++) {
      code.dedent().line("case " + dice.hex(4) + ":").indent();
      switch (dice.between(0, 2)) {
        case 0 -> code.line("acc += vlen;");
        case 1 -> {
          code.open("if (vlen >= 4)");
          code.line("acc ^= ((uint32_t)data[i] << 24) | ((uint32_t)data[i + 1] << 16) | ((uint32_t)data[i + 2] << 8) | data[i + 3];");
          code.close();
        }
        default -> {
          code.line("memcpy(label, &data[i], " + macro + "_MIN((size_t)vlen, sizeof(label) - 1));");
          code.line("label[" + macro + "_MIN((size_t)vlen, sizeof(label) - 1)] = '\\0';");
        }
      }
      code.line("break;");
    }
    code.dedent().line("default:").indent();
    code.line(m.log("D") + "(\"skipping attribute %04x\", type);");
    code.line("break;");
    code.close();
    code.line("i += vlen;");
    code.close();
    return true;
  }

  private boolean splitName() {
    code.open("");
    code.line("const char *sep = strchr(name, '" + dice.pickOf(":", "/", "=", ";") + "');");
    code.open("if (sep != NULL)");
    code.line("size_t n = (size_t)(sep - name);");
    code.open("if (n >= sizeof(label))");
    code.line("n = sizeof(label) - 1;");
    code.close();
    code.line("memcpy(label, name, n);");
    code.line("label[n] = '\\0';");
    code.line("acc = (uint32_t)strtoul(sep + 1, NULL, " + dice.pickOf("10", "16") + ");");
    code.reopen("else");
    code.line("strncpy(label, name, sizeof(label) - 1);");
    code.line("label[sizeof(label) - 1] = '\\0';");
    code.close();
    code.close();
    return true;
  }

  private boolean tableLookup() {
    code.open("for (i = 0; i < " + macro + "_ARRAY_SIZE(k_" + m.name + "_codes); i++)");
    code.open("if (strcmp(k_" + m.name + "_codes[i].name, " + text() + ") == 0)");
    code.line("acc = (uint32_t)k_" + m.name + "_codes[i].code;");
    code.line("break;");
    code.close();
    code.close();
    return true;
  }

  private boolean invokeCallback() {
    code.open("if (ctx->callback != NULL)");
    code.line("ctx->callback(ctx, (int)ctx->state, ctx->user);");
    code.close();
    return true;
  }

  private boolean freeList() {
    code.open("while (ctx->head != NULL)");
    code.line("item = ctx->head;");
    code.line("ctx->head = item->next;");
    code.line(macro + "_XFREE(item->data);");
    code.line("free(item);");
    code.line("ctx->count--;");
    code.close();
    code.line("item = NULL;");
    return true;
  }

  private boolean mixBits() {
    code.line("acc = ((acc & 0x00FF00FFu) << 8) | ((acc & 0xFF00FF00u) >> 8);");
    code.line("acc = (acc << 16) | (acc >> 16);");
    code.line("i = (size_t)(acc % " + macro + "_MAX_ITEMS);");
    if (dice.chance(0.5)) {
      code.line("acc = (acc & " + dice.hex(8) + "u) != 0 ? acc + (uint32_t)i : acc - (uint32_t)i;");
    }
    return true;
  }

  private boolean writeOut() {
    code.open("");
    code.line("int n = snprintf(out, out_len, \"%s:%u/%u\", " + (fn.signature().ctx ? "ctx->name" : text())
        + ", (unsigned)acc, (unsigned)" + (fn.signature().ctx ? "ctx->count" : "i") + ");");
    code.open("if (n < 0 || (size_t)n >= out_len)");
    code.line(m.log("W") + "(\"output buffer too small (%u)\", (unsigned)out_len);");
    fail("OVERFLOW");
    code.close();
    code.close();
    return true;
  }

  private boolean retryLoop() {
    code.open("");
    code.line("int attempts = 0;");
    code.open("do");
    code.line("acc = acc * 31u + (uint32_t)attempts;");
    code.line("attempts++;");
    code.close(" while ((acc & " + dice.hex(2) + "u) != 0 && attempts < " + dice.between(2, 8) + ");");
    code.close();
    return true;
  }
}
