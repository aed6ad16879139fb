package dev.allocpath.facts;

import dev.allocpath.api.SourceLocation;

/**
 * A variable declaration in live code (not a class member; static data members are defined
 * out of class and also appear as members of their class).
 *
 * @param initializer the initializer as written (after {@code =} or inside braces/parentheses), or null
 * @param enclosingFunction qualified name of the function for locals, empty at namespace scope
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
    SourceLocation location) {

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
