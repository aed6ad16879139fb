package dev.allocpath.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the bodies of generated C++ member functions: locking, range-for over members, map
 * lookups, string building, lambdas with standard algorithms, switches over the state enum,
 * {@code make_shared}, weak pointers, exceptions, callbacks, condition waits and structured
 * bindings: the constructs of libdatachannel's implementation classes.
 */
final class CppBodyWriter {
  private final Code code;
  private final CppClass cls;
  private final Dice dice;
  private final String log;
  private final List<String> dependencyCalls;

  private CppMethod method;
  /** Blocks that declare fixed local names run at most once per method. */
  private final java.util.Set<String> declared = new java.util.HashSet<>();
  private int suffix;

  /**
   * @param logMacro prefix of the logging macros of the header-only library, e.g. {@code RTC_COMMON_LOG}
   * @param dependencyCalls expressions calling into dependencies, {@code %s} standing for a {@code binary}
   */
  CppBodyWriter(Code code, CppClass cls, Dice dice, String logMacro, List<String> dependencyCalls) {
    this.code = code;
    this.cls = cls;
    this.dice = dice;
    this.log = logMacro;
    this.dependencyCalls = dependencyCalls;
  }

  void writeMethod(CppMethod m, int blocks) {
    this.method = m;
    this.declared.clear();
    code.line(m.definition(cls.name) + " {");
    code.indent();
    String decl = m.signature().resultDeclaration();
    if (decl != null) {
      code.line(decl);
    }
    for (int b = 0; b < blocks; b++) {
      block();
    }
    if (m.signature().result != null) {
      code.line("return " + m.signature().result + ";");
    }
    code.close();
    code.blank();
  }

  private boolean isConst() {
    return method.signature().isConst();
  }

  private void block() {
    if (dice.chance(0.3)) {
      Comments.explain(code, dice, true);
    }
    for (int tries = 0; tries < 20; tries++) {
      boolean written = switch (dice.between(0, 19)) {
        case 0, 1 -> lockedUpdate();
        case 2 -> rangeForEntries();
        case 3 -> mapLookup();
        case 4 -> stringBuild();
        case 5 -> !isConst() && sortEntries();
        case 6 -> stateSwitch();
        case 7 -> !isConst() && makeEntry();
        case 8 -> collaboratorCall();
        case 9 -> parseWithExceptions();
        case 10 -> invokeCallback();
        case 11 -> cls.worker && !isConst() && conditionWait();
        case 12 -> structuredBindings();
        case 13 -> method.signature() == CppSignature.SEND && byteLoop();
        case 14 -> !isConst() && drainQueue();
        case 15 -> countMatching();
        case 16 -> !dependencyCalls.isEmpty() && dependencyCall();
        case 17 -> !isConst() && enqueueTask();
        case 18 -> visitMessage();
        case 19 -> method.signature() == CppSignature.SEND && cBufferCopy();
        default -> false;
      };
      if (written) {
        return;
      }
    }
    stringBuild();
  }

  private String keyExpression() {
    if (method.signature().hasKey()) {
      return "key";
    }
    return "mName";
  }

  private void accumulate(String amount) {
    switch (method.signature()) {
      case COUNT -> code.line("total += " + amount + ";");
      case SEND -> code.line("ok = ok && " + amount + " > 0;");
      case QUERY -> code.line("result = std::to_string(" + amount + ");");
      default -> code.line("mCounter += static_cast<uint32_t>(" + amount + ");");
    }
  }

  private boolean once(String name) {
    return declared.add(name);
  }

  private String fresh(String base) {
    return base + (++suffix);
  }

  private boolean lockedUpdate() {
    if (!once("lock")) {
      return false;
    }
    if (isConst() || dice.chance(0.4)) {
      code.line("std::lock_guard<std::mutex> lock(mMutex);");
    } else if (cls.sendMutex && dice.chance(0.5)) {
      code.line("std::lock_guard<std::recursive_mutex> lock(mSendMutex);");
    } else {
      code.line("std::unique_lock lock(mMutex);");
    }
    if (isConst()) {
      accumulate("mEntries.size()");
    } else {
      code.line("++mCounter;");
      code.line("mIndex[" + keyExpression() + "] += " + (method.signature() == CppSignature.SET ? "value" : dice.between(1, 9)) + ";");
    }
    return true;
  }

  private boolean rangeForEntries() {
    code.open("for (const auto &entry : mEntries)");
    code.open("if (!entry)");
    code.line("continue;");
    code.close();
    code.open("if (entry->priority > " + dice.between(0, 10) + ")");
    accumulate("entry->payload.size()");
    code.close();
    if (method.signature() == CppSignature.FIND) {
      code.open("if (entry->id == id)");
      code.line("found = entry;");
      code.line("break;");
      code.close();
    }
    code.close();
    return true;
  }

  private boolean mapLookup() {
    if (!once("it")) {
      return false;
    }
    code.line("auto it = mIndex.find(" + keyExpression() + ");");
    if (isConst()) {
      code.open("if (it != mIndex.end())");
      accumulate("it->second");
      code.close();
    } else {
      code.open("if (it != mIndex.end())");
      code.line("it->second += " + (method.signature() == CppSignature.SET ? "value" : "1") + ";");
      code.reopen("else");
      code.line("mIndex.emplace(" + keyExpression() + ", " + dice.between(0, 100) + ");");
      code.close();
    }
    return true;
  }

  private boolean stringBuild() {
    String var = fresh("label");
    code.line("std::string " + var + " = mName + \"" + dice.pickOf(":", "/", "#", ".") + "\" + std::to_string(mCounter);");
    code.open("if (" + var + ".size() > " + dice.between(16, 64) + ")");
    code.line(var + ".resize(" + dice.between(8, 16) + ");");
    code.close();
    code.open("if (auto pos = " + var + ".find('" + dice.pickOf(":", "/", "#", ".") + "'); pos != std::string::npos)");
    code.line(log + "_DEBUG << \"" + dice.pick(Vocabulary.LOG_WORDS) + " \" << " + var + ".substr(0, pos);");
    code.close();
    if (method.signature() == CppSignature.QUERY) {
      code.line("result = " + var + ";");
    }
    return true;
  }

  private boolean sortEntries() {
    code.line("std::sort(mEntries.begin(), mEntries.end(), [](const entry_ptr &a, const entry_ptr &b) {");
    code.line("    return a && b ? a->priority " + dice.pickOf("<", ">") + " b->priority : static_cast<bool>(a);");
    code.line("});");
    return true;
  }

  private boolean stateSwitch() {
    code.open("switch (mState.load())");
    int cases = Math.min(cls.states.size(), dice.between(2, 4));
    for (int c = 0; c < cases; c++) {
      code.line("case State::" + cls.states.get(c) + ":");
      code.indent();
      if (!isConst() && dice.chance(0.5)) {
        code.line("changeState(State::" + cls.states.get((c + 1) % cls.states.size()) + ");");
      } else {
        code.line(log + "_VERBOSE << \"" + cls.name + " in state " + cls.states.get(c) + "\";");
      }
      code.line("break;");
      code.dedent();
    }
    code.line("default:");
    code.indent();
    code.line("break;");
    code.dedent();
    code.close();
    return true;
  }

  private boolean makeEntry() {
    if (!once("entry")) {
      return false;
    }
    code.line("auto entry = std::make_shared<Entry>();");
    code.line("entry->id = " + (method.signature() == CppSignature.FIND ? "id" : "++mCounter") + ";");
    code.line("entry->name = " + keyExpression() + ";");
    code.line("entry->priority = " + (method.signature() == CppSignature.SET ? "value" : String.valueOf(dice.between(0, 7))) + ";");
    if (method.signature() == CppSignature.SEND) {
      code.line("entry->payload = data;");
    }
    code.line("entry->created = std::chrono::steady_clock::now();");
    code.line("mEntries.push_back(entry);");
    code.line("mById[entry->id] = entry;");
    if (method.signature() == CppSignature.FIND) {
      code.line("found = entry;");
    }
    return true;
  }

  private boolean collaboratorCall() {
    if (cls.collaborators.isEmpty()) {
      return false;
    }
    CppClass other = dice.pick(cls.collaborators);
    List<CppMethod> actions = new ArrayList<>();
    for (CppMethod m : other.methods) {
      if (m.signature() == CppSignature.ACTION || m.signature() == CppSignature.COUNT) {
        actions.add(m);
      }
    }
    String field = "m" + other.name;
    code.open("if (" + field + ")");
    if (actions.isEmpty()) {
      code.line(field + "->start();");
    } else {
      CppMethod target = dice.pick(actions);
      if (target.signature() == CppSignature.COUNT) {
        accumulate(field + "->" + target.name() + "()");
      } else {
        code.line(field + "->" + target.name() + "();");
      }
    }
    code.close();
    return true;
  }

  private boolean parseWithExceptions() {
    code.open("try");
    code.line("auto parts = split(" + keyExpression() + ", '" + dice.pickOf(":", ",", "=") + "');");
    code.open("if (parts.size() >= 2)");
    accumulate("std::stoi(parts[1])");
    code.close();
    code.reopen("catch (const std::exception &e)");
    code.line(log + "_WARNING << \"" + dice.pick(Vocabulary.LOG_WORDS) + " " + dice.pick(Vocabulary.NOUNS) + ": \" << e.what();");
    if (!isConst()) {
      code.line("mLastError = e.what();");
    }
    code.close();
    return true;
  }

  private boolean invokeCallback() {
    if (cls.messageCallback && method.signature() == CppSignature.SEND) {
      code.line("messageCallback(data);");
    } else {
      code.line("stateChangeCallback(mState.load());");
    }
    return true;
  }

  private boolean conditionWait() {
    code.open("");
    code.line("std::unique_lock<std::mutex> lock(mMutex);");
    code.line("mCondition.wait_for(lock, std::chrono::milliseconds(" + dice.pickOf("10", "50", "100", "500")
        + "), [this]() { return !mQueue.empty() || !mRunning; });");
    code.close();
    return true;
  }

  private boolean structuredBindings() {
    code.open("for (const auto &[name, weight] : mIndex)");
    code.open("if (weight > " + dice.between(1, 50) + " && name.rfind(\"" + dice.pick(Vocabulary.NOUNS) + "\", 0) == 0)");
    accumulate("weight");
    code.close();
    code.close();
    return true;
  }

  private boolean byteLoop() {
    String var = fresh("sum");
    code.line("uint32_t " + var + " = " + dice.hex(4) + ";");
    code.open("for (size_t i = 0; i < data.size(); ++i)");
    code.line(var + " = (" + var + " << " + dice.between(1, 7) + ") ^ std::to_integer<uint32_t>(data[i]);");
    code.close();
    code.line("ok = ok && (" + var + " & " + dice.hex(2) + "u) != " + dice.hex(2) + "u;");
    return true;
  }

  private boolean drainQueue() {
    code.open("while (!mQueue.empty())");
    code.line("binary message = std::move(mQueue.front());");
    code.line("mQueue.pop_front();");
    code.open("if (message.size() > DEFAULT_MTU)");
    code.line(log + "_WARNING << \"dropping oversized message (\" << message.size() << \" bytes)\";");
    code.line("continue;");
    code.close();
    code.line("mCounter += static_cast<uint32_t>(message.size());");
    code.close();
    return true;
  }

  private boolean countMatching() {
    String var = fresh("matching");
    code.line("auto " + var + " = std::count_if(mEntries.begin(), mEntries.end(), [&](const entry_ptr &e) {");
    code.line("    return e && e->name.find(" + keyExpression() + ") != std::string::npos;");
    code.line("});");
    accumulate(var);
    return true;
  }

  private boolean dependencyCall() {
    String payload = method.signature() == CppSignature.SEND ? "data" : "to_binary(mName)";
    String call = dice.pick(dependencyCalls).replace("%s", payload);
    String var = fresh("digest");
    code.line("const uint32_t " + var + " = " + call + ";");
    accumulate(var + " & 0xFFu");
    return true;
  }

  private boolean enqueueTask() {
    List<CppMethod> actions = cls.methods.stream().filter(m -> m.signature() == CppSignature.ACTION).toList();
    String action = actions.isEmpty() ? "stop" : dice.pick(actions).name();
    code.line("ThreadPool::Instance().enqueue([weak_this = weak_from_this()]() {");
    code.line("    if (auto self = weak_this.lock())");
    code.line("        self->" + action + "();");
    code.line("});");
    return true;
  }

  /** C interop: a plain heap copy for a C API, which a malloc redirect renames and otherwise does not. */
  private boolean cBufferCopy() {
    if (!once("copy")) {
      return false;
    }
    code.line("auto *copy = static_cast<uint8_t *>(malloc(data.size() + 1));");
    code.open("if (copy == nullptr)");
    code.line("return false;");
    code.close();
    code.line("std::memcpy(copy, data.data(), data.size());");
    code.line("copy[data.size()] = 0;");
    code.line("mCounter += copy[0];");
    code.line("free(copy);");
    return true;
  }

  private boolean visitMessage() {
    String var = fresh("message");
    code.line("std::variant<binary, std::string> " + var + " = " + (method.signature() == CppSignature.SEND ? "data" : "mName") + ";");
    code.line("std::visit(overloaded{[&](const binary &b) { " + (isConst() ? "(void)b.size();" : "mCounter += static_cast<uint32_t>(b.size());") + " },");
    code.line("                      [&](const std::string &s) { " + log + "_DEBUG << s; }},");
    code.line("           " + var + ");");
    return true;
  }
}
