package dev.allocpath.facts;

/**
 * One argument of a call.
 *
 * @param text the expression as written after macro expansion, whitespace-normalised
 * @param storage the storage the expression denotes once {@code &}, parentheses and casts are
 *     peeled off, as a {@link StorageKey} string; null when it is not a plain storage location
 */
public record ArgumentFact(String text, String storage) {}
