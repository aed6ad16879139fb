package dev.allocpath.bench;

/** A generated C++ member function. */
record CppMethod(String name, CppSignature signature) {
  String declaration() {
    return signature.returnType + " " + name + "(" + signature.parameters + ")" + (signature.isConst() ? " const" : "");
  }

  String definition(String qualifiedClass) {
    String type = signature == CppSignature.FIND ? qualifiedClass + "::entry_ptr" : signature.returnType;
    return type + " " + qualifiedClass + "::" + name + "(" + signature.parameters + ")" + (signature.isConst() ? " const" : "");
  }
}
