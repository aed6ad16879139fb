package dev.allocpath.facts;

import dev.allocpath.api.SourceLocation;

/**
 * A {@code return expr;} whose value is a storage location: the storage escapes to the caller
 * (a thread handle returned from a factory is not leaked by the factory).
 *
 * @param storage the returned storage key, after peeling {@code &}, {@code *}, parentheses,
 *     casts and {@code std::move}
 * @param enclosingFunction qualified name of the returning function
 */
public record ReturnFact(String storage, String enclosingFunction, SourceLocation location) {}
