package dev.allocpath.rules.esp;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.MemberFact;
import dev.allocpath.facts.StorageKey;
import dev.allocpath.facts.VariableFact;
import java.util.HashMap;
import java.util.Map;

/** Where the storage behind a handle key is declared, and how to name it in a message. */
final class HandleDeclarations {
  private final Map<String, SourceLocation> declared = new HashMap<>();

  HandleDeclarations(ComponentCode code) {
    for (VariableFact v : code.variables) {
      declared.putIfAbsent(v.storageKey(), v.location());
    }
    for (ClassFact c : code.classes) {
      for (MemberFact m : c.members()) {
        String key = m.isStatic()
            ? StorageKey.global(c.qualifiedName() + "::" + m.name())
            : StorageKey.field(c.qualifiedName(), m.name());
        declared.putIfAbsent(key, m.location());
      }
    }
  }

  SourceLocation of(String handle) {
    if (handle == null) {
      return null;
    }
    String key = handle;
    while (key.endsWith("[]")) {
      key = key.substring(0, key.length() - 2);
    }
    return declared.get(key);
  }

  /** "conn_t::thread", "tids[]", "worker" from a storage key. */
  static String display(String handle) {
    if (handle == null) {
      return "an expression";
    }
    // Owners and functions contain "::"; the last single ':' separates the name.
    int last = handle.lastIndexOf(':');
    if (handle.startsWith("field:") && last > "field:".length()) {
      return handle.substring("field:".length(), last) + "::" + handle.substring(last + 1);
    }
    if (handle.startsWith("local:")) {
      return handle.substring(last + 1);
    }
    if (handle.startsWith("global:")) {
      return handle.substring("global:".length());
    }
    return handle;
  }
}
