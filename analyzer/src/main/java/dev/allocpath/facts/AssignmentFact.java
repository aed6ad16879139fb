package dev.allocpath.facts;

import dev.allocpath.api.SourceLocation;

/**
 * A value flowing into a storage location, in live code: the data flow a rule needs to follow a
 * created object (a {@code std::thread}, a {@code malloc} result) to where it is kept.
 *
 * <p>Kinds and what {@code value*} hold:
 *
 * <ul>
 *   <li>{@link Kind#ASSIGN} {@code target = expr};
 *   <li>{@link Kind#INITIALIZE} a declaration with an initializer: {@code T x = expr;},
 *       {@code T &r = expr;}, {@code T x(args);}, {@code T x{args};}, and default member
 *       initializers in class bodies. For a construction of a named class type
 *       ({@code std::thread t(f);}) {@code valueCall} is the construction and {@code valueText}
 *       the initializer as written ({@code (f)}). A copy or move ({@code T x(std::move(y));},
 *       {@code T x(T(args));}) constructs nothing new: the value is then the single argument,
 *       as for {@code T x = arg;};
 *   <li>{@link Kind#MEMBER_INIT} a constructor's member initializer {@code mThread(args)};
 *   <li>{@link Kind#RANGE_FOR} {@code for (auto &t : threads)}: the loop variable receives the
 *       elements of the range, so {@code valueStorage} is the range's key plus {@code []}.
 * </ul>
 *
 * @param target the storage key ({@link StorageKey}) of what is assigned; assignments to targets
 *     that are not a plain storage location ({@code *f() = x}) are not recorded
 * @param valueText the value as written after macro expansion, whitespace-normalised
 * @param valueStorage the storage the value denotes once {@code &}, {@code *}, parentheses, casts
 *     and {@code std::move}/{@code std::forward} are peeled off, or null
 * @param valueCall the call or construction that produces the value (after the same peeling), or null
 * @param location the declared name, the assignment expression or the member initializer (the
 *     macro use site if expanded)
 * @param enclosingFunction qualified name of the function, empty at namespace or class scope
 */
public record AssignmentFact(
    String target,
    Kind kind,
    String valueText,
    String valueStorage,
    CallFact valueCall,
    SourceLocation location,
    String enclosingFunction) {

  /** How the value got into the target. */
  public enum Kind {
    ASSIGN,
    INITIALIZE,
    MEMBER_INIT,
    RANGE_FOR
  }
}
