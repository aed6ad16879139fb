package dev.allocpath.bench;

/** The parameter lists of generated C++ methods; like {@link CSignature}, small so calls can be built. */
enum CppSignature {
  /** {@code void m()} */
  ACTION("void", "", null),
  /** {@code bool m(const binary &data)} */
  SEND("bool", "const binary &data", "ok"),
  /** {@code void m(const std::string &key, int value)} */
  SET("void", "const std::string &key, int value", null),
  /** {@code std::optional<std::string> m(const std::string &key) const} */
  QUERY("std::optional<std::string>", "const std::string &key", "result"),
  /** {@code size_t m() const} */
  COUNT("size_t", "", "total"),
  /** {@code entry_ptr m(uint32_t id)} */
  FIND("entry_ptr", "uint32_t id", "found");

  final String returnType;
  final String parameters;
  /** The local that holds the result, or null for void. */
  final String result;

  CppSignature(String returnType, String parameters, String result) {
    this.returnType = returnType;
    this.parameters = parameters;
    this.result = result;
  }

  boolean isConst() {
    return this == QUERY || this == COUNT;
  }

  boolean hasKey() {
    return this == SET || this == QUERY;
  }

  String resultDeclaration() {
    return switch (this) {
      case SEND -> "bool ok = true;";
      case QUERY -> "std::optional<std::string> result;";
      case COUNT -> "size_t total = 0;";
      case FIND -> "entry_ptr found;";
      default -> null;
    };
  }
}
