package dev.allocpath.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A declaration-heavy C++ header: enums, configuration structs with default member initialisers
 * and value classes with inline accessors, like libdatachannel's {@code description.hpp} and
 * {@code configuration.hpp}. Such headers are what every C++ unit re-parses.
 */
final class CppTypesWriter {
  private final Dice dice;

  CppTypesWriter(Dice dice) {
    this.dice = dice;
  }

  /**
   * @param namespace the namespace to declare into
   * @param what one line saying what the header holds
   * @param includes project headers to include first
   * @param types roughly how many types to declare
   */
  String header(String namespace, String what, List<String> includes, int types) {
    Code c = new Code();
    Comments.fileNotice(c, namespace, what, true);
    c.directive("#pragma once");
    c.blank();
    for (String inc : includes) {
      c.directive("#include \"" + inc + "\"");
    }
    for (String sys : List.of("array", "chrono", "cstdint", "map", "optional", "string", "vector")) {
      c.directive("#include <" + sys + ">");
    }
    c.blank();
    c.line("namespace " + namespace + " {");
    c.blank();
    List<String> enums = new ArrayList<>();
    List<String> declared = new ArrayList<>();
    for (int t = 0; t < types; t++) {
      String name = Vocabulary.camel(dice.pick(Vocabulary.NOUNS)) + Vocabulary.camel(dice.pick(Vocabulary.NOUNS)) + t;
      switch (dice.between(0, 2)) {
        case 0 -> {
          enumType(c, name);
          enums.add(name);
        }
        case 1 -> structType(c, name, enums, declared);
        default -> valueClass(c, name, enums);
      }
      declared.add(name);
      c.blank();
    }
    c.line("} // namespace " + namespace);
    return c.text();
  }

  private void enumType(Code c, String name) {
    c.line("enum class " + name + " : " + dice.pickOf("uint8_t", "int", "uint16_t") + " {");
    int values = dice.between(3, 10);
    for (int v = 0; v < values; v++) {
      c.line("    " + Vocabulary.camel(dice.pick(Vocabulary.NOUNS)) + v + (v == 0 ? " = 0" : "") + ",");
    }
    c.line("};");
  }

  private void structType(Code c, String name, List<String> enums, List<String> declared) {
    c.line("struct " + name + " {");
    c.indent();
    int fields = dice.between(4, 16);
    for (int f = 0; f < fields; f++) {
      String field = Vocabulary.lowerCamel(dice.pick(Vocabulary.NOUNS)) + Vocabulary.camel(dice.pick(Vocabulary.NOUNS)) + f;
      switch (dice.between(0, 7)) {
        case 0 -> c.line("std::optional<std::string> " + field + ";");
        case 1 -> c.line("std::vector<std::string> " + field + ";");
        case 2 -> c.line("uint16_t " + field + " = " + dice.between(0, 9000) + ";");
        case 3 -> c.line("bool " + field + " = " + dice.pickOf("true", "false") + ";");
        case 4 -> c.line("std::chrono::milliseconds " + field + "{" + dice.between(10, 30000) + "};");
        case 5 -> {
          if (enums.isEmpty()) {
            c.line("int " + field + " = 0;");
          } else {
            c.line(dice.pick(enums) + " " + field + "{};");
          }
        }
        case 6 -> c.line("std::array<uint8_t, " + dice.pickOf("4", "16", "32") + "> " + field + "{};");
        default -> {
          if (declared.isEmpty()) {
            c.line("std::map<std::string, int> " + field + ";");
          } else {
            c.line("std::optional<" + dice.pick(declared) + "> " + field + ";");
          }
        }
      }
    }
    c.dedent();
    c.line("};");
  }

  private void valueClass(Code c, String name, List<String> enums) {
    c.line("class " + name + " {");
    c.line("public:");
    c.indent();
    c.line(name + "() = default;");
    c.line("explicit " + name + "(std::string id) : mId(std::move(id)) {}");
    c.blank();
    c.line("const std::string &id() const { return mId; }");
    c.line("bool empty() const { return mId.empty() && mValues.empty(); }");
    int accessors = dice.between(2, 8);
    List<String> fields = new ArrayList<>();
    for (int a = 0; a < accessors; a++) {
      String field = Vocabulary.camel(dice.pick(Vocabulary.NOUNS)) + a;
      fields.add(field);
      c.line("uint32_t " + Vocabulary.lowerCamel(field) + "() const { return m" + field + "; }");
      c.line("void set" + field + "(uint32_t value) { m" + field + " = value; }");
    }
    c.line("void addValue(const std::string &key, int value) { mValues[key] = value; }");
    c.line("std::optional<int> value(const std::string &key) const {");
    c.line("    auto it = mValues.find(key);");
    c.line("    return it != mValues.end() ? std::optional<int>(it->second) : std::nullopt;");
    c.line("}");
    c.line("std::string generate() const;");
    c.line("bool parse(const std::string &line);");
    c.dedent();
    c.blank();
    c.line("private:");
    c.indent();
    c.line("std::string mId;");
    c.line("std::map<std::string, int> mValues;");
    for (String field : fields) {
      c.line("uint32_t m" + field + " = 0;");
    }
    if (!enums.isEmpty()) {
      c.line(dice.pick(enums) + " mKind{};");
    }
    c.dedent();
    c.line("};");
  }
}
