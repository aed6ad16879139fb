package dev.allocpath.bench;

/** A public API class that forwards to its implementation class, like libdatachannel's pimpl wrappers. */
final class CppWrapperWriter {
  private final CppClass cls;
  private final Dice dice;
  private final String log;
  private final String ns;

  CppWrapperWriter(CppClass cls, Dice dice, String log) {
    this.cls = cls;
    this.dice = dice;
    this.log = log;
    this.ns = cls.component.name();
  }

  String header() {
    Code c = new Code();
    String n = cls.name;
    Comments.fileNotice(c, ns, "public " + n + ".", true);
    c.directive("#pragma once");
    c.blank();
    c.directive("#include <functional>");
    c.directive("#include <memory>");
    c.directive("#include <optional>");
    c.directive("#include <string>");
    c.blank();
    c.line("namespace " + ns + " {");
    c.blank();
    c.line("namespace impl {");
    c.line("class " + n + ";");
    c.line("}");
    c.blank();
    c.line("class " + n + " final {");
    c.line("public:");
    c.indent();
    c.line("enum class State : int { " + String.join(", ", cls.states) + " };");
    c.blank();
    c.line("explicit " + n + "(std::string name);");
    c.line("~" + n + "();");
    c.blank();
    c.line("void start();");
    c.line("void stop();");
    c.line("State state() const;");
    for (CppMethod m : cls.methods) {
      if (forwarded(m)) {
        c.line(m.declaration() + ";");
      }
    }
    c.line("void onStateChange(std::function<void(State)> callback);");
    c.dedent();
    c.blank();
    c.line("private:");
    c.line("    std::shared_ptr<impl::" + n + "> impl() const;");
    c.line("    std::shared_ptr<impl::" + n + "> mImpl;");
    c.line("};");
    c.blank();
    c.line("} // namespace " + ns);
    return c.text();
  }

  /** Only methods whose types the public header can name without the implementation header. */
  private static boolean forwarded(CppMethod m) {
    return m.signature() == CppSignature.ACTION || m.signature() == CppSignature.SET || m.signature() == CppSignature.QUERY
        || m.signature() == CppSignature.COUNT;
  }

  String source() {
    Code c = new Code();
    String n = cls.name;
    Comments.fileNotice(c, ns, n + " forwards to impl::" + n + ".", true);
    c.blank();
    c.directive("#include \"" + ns + "/" + cls.file + ".hpp\"");
    c.directive("#include \"impl/" + cls.file + ".hpp\"");
    c.directive("#include \"impl/internals.hpp\"");
    c.blank();
    c.line("namespace " + ns + " {");
    c.blank();
    c.line(n + "::" + n + "(std::string name) : mImpl(std::make_shared<impl::" + n + ">(std::move(name))) {}");
    c.blank();
    c.line(n + "::~" + n + "() {");
    c.line("    try {");
    c.line("        mImpl->stop();");
    c.line("    } catch (const std::exception &e) {");
    c.line("        " + log + "_ERROR << \"" + n + " stop failed: \" << e.what();");
    c.line("    }");
    c.line("}");
    c.blank();
    c.line("std::shared_ptr<impl::" + n + "> " + n + "::impl() const {");
    c.line("    if (!mImpl)");
    c.line("        throw std::logic_error(\"" + n + " is closed\");");
    c.line("    return mImpl;");
    c.line("}");
    c.blank();
    c.line("void " + n + "::start() { impl()->start(); }");
    c.blank();
    c.line("void " + n + "::stop() { impl()->stop(); }");
    c.blank();
    c.line(n + "::State " + n + "::state() const { return static_cast<State>(impl()->state()); }");
    c.blank();
    for (CppMethod m : cls.methods) {
      if (!forwarded(m)) {
        continue;
      }
      c.line(m.definition(n) + " {");
      c.indent();
      switch (m.signature()) {
        case SET -> {
          c.open("if (key.empty())");
          c.line("throw std::invalid_argument(\"" + m.name() + ": empty key\");");
          c.close();
          c.open("if (value < 0)");
          c.line(log + "_WARNING << \"" + m.name() + ": negative value \" << value << \" for \" << key;");
          c.close();
          c.line("impl()->" + m.name() + "(key, value);");
        }
        case QUERY -> {
          c.line("auto value = impl()->" + m.name() + "(key);");
          c.open("if (!value && " + dice.pickOf("true", "false") + ")");
          c.line(log + "_DEBUG << \"" + m.name() + ": no value for \" << key;");
          c.close();
          c.line("return value;");
        }
        case COUNT -> c.line("return impl()->" + m.name() + "();");
        default -> c.line("impl()->" + m.name() + "();");
      }
      c.dedent();
      c.line("}");
      c.blank();
    }
    c.line("void " + n + "::onStateChange(std::function<void(State)> callback) {");
    c.line("    impl()->stateChangeCallback = [callback](impl::" + n + "::State state) {");
    c.line("        callback(static_cast<State>(state));");
    c.line("    };");
    c.line("}");
    c.blank();
    c.line("} // namespace " + ns);
    return c.text();
  }
}
