package dev.allocpath.bench;

/** A generated C function: its name, parameter list and whether it is file-local. */
record CFunction(String name, CSignature signature, boolean isStatic) {
  String prototype(CModule m) {
    return (isStatic ? "static " : "") + signature.returnType(m) + name + "(" + signature.parameters(m) + ")";
  }
}
