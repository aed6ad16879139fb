package dev.allocpath.facts;

import dev.allocpath.api.SourceLocation;

/**
 * A variable declaration in live code (not a class member; static data members are defined
 * out of class and also appear as members of their class).
 *
 * @param qualifiedName namespaces and classes joined by {@code ::} for namespace-scope variables
 *     and static member definitions ({@code A::table}); {@code <function>::<name>} for
 *     function-local {@code static} and {@code thread_local} variables; the plain name for locals
 *     and parameters
 * @param type the declared type; {@code auto} is spelled {@code auto}
 * @param isConst {@code const} or {@code constexpr} in the declaration specifier (for
 *     {@code const char *p} that is the pointee)
 * @param isExtern declared {@code extern} (a declaration, not a definition)
 * @param initializer the initializer as written (after {@code =} or inside braces/parentheses), or null
 * @param enclosingFunction qualified name of the function for locals, empty at namespace scope
 * @param section the linker section a GNU {@code section("...")} attribute puts the variable in
 *     ({@code .ext_ram.bss} for ESP-IDF's {@code EXT_RAM_BSS_ATTR}: PSRAM), or null when none
 */
public record VariableFact(
    String qualifiedName,
    String name,
    TypeRef type,
    Storage storage,
    boolean isConst,
    boolean isExtern,
    String initializer,
    String enclosingFunction,
    SourceLocation location,
    String section) {

  /** A variable without a section attribute (most of them). */
  public VariableFact(String qualifiedName, String name, TypeRef type, Storage storage, boolean isConst,
      boolean isExtern, String initializer, String enclosingFunction, SourceLocation location) {
    this(qualifiedName, name, type, storage, isConst, isExtern, initializer, enclosingFunction, location, null);
  }

  /** The {@link StorageKey} this variable is known by in calls, assignments and returns. */
  public String storageKey() {
    return switch (storage) {
      case LOCAL, PARAMETER -> StorageKey.local(enclosingFunction, name);
      default -> StorageKey.global(qualifiedName);
    };
  }

  /** Storage duration and scope of a variable. */
  public enum Storage {
    NAMESPACE,
    STATIC_MEMBER_DEFINITION,
    FUNCTION_STATIC,
    THREAD_LOCAL,
    LOCAL,
    PARAMETER
  }
}
