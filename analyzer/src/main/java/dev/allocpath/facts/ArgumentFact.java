package dev.allocpath.facts;

/**
 * One argument of a call.
 *
 * @param text the expression as written after macro expansion, whitespace-normalised
 * @param storage the storage the expression denotes once {@code &}, parentheses and casts are
 *     peeled off, as a {@link StorageKey} string; null when it is not a plain storage location
 * @param value the argument's value when the parser could fold it to an integer constant
 *     (literals, enumerators, {@code #define} and {@code constexpr} constants, arithmetic, and
 *     {@code sizeof} of types whose size the target's builtin sizes give); null otherwise. An
 *     allocation's size is read from it
 */
public record ArgumentFact(String text, String storage, Long value) {

  /** An argument whose value is not a known constant. */
  public ArgumentFact(String text, String storage) {
    this(text, storage, null);
  }
}
