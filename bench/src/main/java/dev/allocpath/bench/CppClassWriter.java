package dev.allocpath.bench;

import java.util.List;

/** The header and source of one C++ implementation class. */
final class CppClassWriter {
  private final CppClass cls;
  private final Dice dice;
  private final String log;
  private final String ns;

  CppClassWriter(CppClass cls, Dice dice, String log) {
    this.cls = cls;
    this.dice = dice;
    this.log = log;
    this.ns = cls.component.name();
  }

  String header() {
    Code c = new Code();
    String n = cls.name;
    Comments.fileNotice(c, ns, n + ", the implementation behind the public API.", true);
    c.directive("#pragma once");
    c.blank();
    c.directive("#include \"internals.hpp\"");
    for (CppClass other : cls.collaborators) {
      c.directive("#include \"" + other.file + ".hpp\"");
    }
    c.blank();
    for (String sys : List.of("atomic", "condition_variable", "deque", "map", "mutex", "thread", "unordered_map")) {
      c.directive("#include <" + sys + ">");
    }
    c.blank();
    c.line("namespace " + ns + "::impl {");
    c.blank();
    c.line("class " + n + " final : public std::enable_shared_from_this<" + n + "> {");
    c.line("public:");
    c.indent();
    c.line("enum class State { " + String.join(", ", cls.states) + " };");
    c.blank();
    c.line("struct Entry {");
    c.line("    uint32_t id = 0;");
    c.line("    std::string name;");
    c.line("    binary payload;");
    c.line("    int priority = 0;");
    c.line("    std::chrono::steady_clock::time_point created;");
    c.line("};");
    c.line("using entry_ptr = std::shared_ptr<Entry>;");
    c.blank();
    c.line("explicit " + n + "(std::string name);");
    c.line("~" + n + "();");
    c.blank();
    c.line(n + "(const " + n + " &) = delete;");
    c.line(n + " &operator=(const " + n + " &) = delete;");
    c.blank();
    c.line("void start();");
    c.line("void stop();");
    c.line("State state() const;");
    c.line("const std::string &name() const { return mName; }");
    for (CppMethod m : cls.methods) {
      c.line(m.declaration() + ";");
    }
    c.blank();
    c.line("synchronized_callback<State> stateChangeCallback;");
    if (cls.messageCallback) {
      c.line("synchronized_callback<binary> messageCallback;");
    }
    c.dedent();
    c.blank();
    c.line("private:");
    c.indent();
    c.line("bool changeState(State state);");
    if (cls.worker) {
      c.line("void run();");
    }
    c.blank();
    c.line("const std::string mName;");
    c.line("mutable std::mutex mMutex;");
    if (cls.sendMutex) {
      c.line("std::recursive_mutex mSendMutex;");
    }
    if (cls.worker) {
      c.line("std::condition_variable mCondition;");
      c.line("std::thread mWorker;");
    }
    if (cls.unjoined) {
      c.line("std::thread mTimer;");
    }
    c.line("std::atomic<bool> mRunning{false};");
    c.line("std::atomic<State> mState{State::" + cls.states.get(0) + "};");
    for (CppClass other : cls.collaborators) {
      c.line("std::shared_ptr<" + other.name + "> m" + other.name + ";");
    }
    c.line("std::vector<entry_ptr> mEntries;");
    c.line("std::map<std::string, int> mIndex;");
    c.line("std::unordered_map<uint32_t, entry_ptr> mById;");
    c.line("std::deque<binary> mQueue;");
    c.line("std::optional<std::string> mLastError;");
    c.line("uint32_t mCounter = 0;");
    if (cls.staticNames) {
      c.line("static std::unordered_map<uint32_t, std::string> sNames;");
    }
    c.dedent();
    c.line("};");
    c.blank();
    c.line("} // namespace " + ns + "::impl");
    return c.text();
  }

  String source(List<String> dependencyCalls, String componentFunctions) {
    Code c = new Code();
    String n = cls.name;
    Comments.fileNotice(c, ns, n + ".", true);
    c.blank();
    c.directive("#include \"" + cls.file + ".hpp\"");
    c.directive("#include \"internals.hpp\"");
    c.blank();
    c.directive("#include <algorithm>");
    c.directive("#include <stdexcept>");
    c.directive("#include <variant>");
    c.blank();
    c.line("namespace " + ns + "::impl {");
    c.blank();
    c.line("namespace {");
    c.line("const std::string kTag = \"" + cls.file.substring(0, Math.min(12, cls.file.length())) + "\";");
    if (cls.registry) {
      c.line("std::vector<std::weak_ptr<" + n + ">> sInstances;");
      c.line("std::mutex sInstancesMutex;");
    }
    if (dice.chance(0.2)) {
      c.line("std::map<std::string, int> sDefaults = {");
      int entries = dice.between(2, 6);
      for (int i = 0; i < entries; i++) {
        c.line("    {\"" + dice.pick(Vocabulary.NOUNS) + i + "\", " + dice.between(0, 1000) + "},");
      }
      c.line("};");
    }
    c.line("} // namespace");
    c.blank();
    if (cls.staticNames) {
      c.line("std::unordered_map<uint32_t, std::string> " + n + "::sNames;");
      c.blank();
    }
    lifecycle(c);
    if (!componentFunctions.isEmpty()) {
      for (String line : componentFunctions.split("\n")) {
        if (line.isEmpty()) {
          c.blank();
        } else {
          c.directive(line);
        }
      }
      c.blank();
    }
    CppBodyWriter bodies = new CppBodyWriter(c, cls, dice, log, dependencyCalls);
    int left = cls.methods.size();
    for (CppMethod m : cls.methods) {
      int perMethod = Math.max(0, (cls.targetLines - c.lineCount()) / Math.max(1, left));
      int blocks = Math.max(1, Math.min(12, (perMethod - 5) / 6 + dice.between(-1, 1)));
      bodies.writeMethod(m, blocks);
      left--;
    }
    c.line("} // namespace " + ns + "::impl");
    return c.text();
  }

  private void lifecycle(Code c) {
    String n = cls.name;
    c.line(n + "::" + n + "(std::string name) : mName(std::move(name)) {");
    c.indent();
    c.line(log + "_DEBUG << \"Creating " + n + " \" << mName;");
    for (CppClass other : cls.collaborators) {
      c.line("m" + other.name + " = std::make_shared<" + other.name + ">(mName + \"/" + other.file + "\");");
    }
    c.dedent();
    c.line("}");
    c.blank();
    c.line(n + "::~" + n + "() {");
    c.line("    " + log + "_VERBOSE << \"Destroying " + n + " \" << mName;");
    c.line("    stop();");
    c.line("}");
    c.blank();
    c.line("void " + n + "::start() {");
    c.indent();
    if (cls.registry) {
      c.open("");
      c.line("std::lock_guard<std::mutex> lock(sInstancesMutex);");
      c.line("sInstances.push_back(weak_from_this());");
      c.close();
    }
    c.open("if (mRunning.exchange(true))");
    c.line("return;");
    c.close();
    if (cls.worker) {
      c.line(dice.chance(0.5) ? "mWorker = std::thread(&" + n + "::run, this);" : "mWorker = std::thread([this]() { run(); });");
    }
    if (cls.unjoined) {
      c.line("mTimer = std::thread([this]() {");
      c.line("    std::this_thread::sleep_for(DEFAULT_TIMEOUT);");
      c.line("    changeState(State::" + cls.states.get(cls.states.size() - 1) + ");");
      c.line("});");
    }
    if (cls.detaches) {
      c.line("std::thread([self = shared_from_this()]() { self->changeState(State::" + cls.states.get(1) + "); }).detach();");
    }
    for (CppClass other : cls.collaborators) {
      c.line("m" + other.name + "->start();");
    }
    c.line("changeState(State::" + cls.states.get(1) + ");");
    c.dedent();
    c.line("}");
    c.blank();
    c.line("void " + n + "::stop() {");
    c.indent();
    c.open("if (!mRunning.exchange(false))");
    c.line("return;");
    c.close();
    if (cls.worker) {
      c.line("mCondition.notify_all();");
      c.open("if (mWorker.joinable())");
      c.line("mWorker.join();");
      c.close();
    }
    for (CppClass other : cls.collaborators) {
      c.line("m" + other.name + "->stop();");
    }
    c.line("changeState(State::" + cls.states.get(cls.states.size() - 1) + ");");
    c.dedent();
    c.line("}");
    c.blank();
    c.line(n + "::State " + n + "::state() const { return mState.load(); }");
    c.blank();
    c.line("bool " + n + "::changeState(State state) {");
    c.line("    if (mState.exchange(state) == state)");
    c.line("        return false;");
    c.line("    stateChangeCallback(state);");
    c.line("    return true;");
    c.line("}");
    c.blank();
    if (cls.worker) {
      c.line("void " + n + "::run() {");
      c.indent();
      c.open("while (mRunning)");
      c.line("std::unique_lock<std::mutex> lock(mMutex);");
      c.line("mCondition.wait_for(lock, DEFAULT_TIMEOUT, [this]() { return !mQueue.empty() || !mRunning; });");
      c.open("while (!mQueue.empty())");
      c.line("binary message = std::move(mQueue.front());");
      c.line("mQueue.pop_front();");
      c.line("lock.unlock();");
      if (cls.messageCallback) {
        c.line("messageCallback(message);");
      } else {
        c.line("mCounter += static_cast<uint32_t>(message.size());");
      }
      c.line("lock.lock();");
      c.close();
      c.close();
      c.dedent();
      c.line("}");
      c.blank();
    }
  }
}
