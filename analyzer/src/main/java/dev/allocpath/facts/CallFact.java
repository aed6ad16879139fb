package dev.allocpath.facts;

import dev.allocpath.api.SourceLocation;
import java.util.List;

/**
 * A call (or construction written like one) in live code, after macro expansion.
 *
 * @param callee the called name without qualifiers and template arguments ({@code pthread_create},
 *     {@code join} for {@code t.join()}, {@code make_shared})
 * @param qualifiedCallee the name as written with qualifiers ({@code std::make_shared})
 * @param receiver for member calls ({@code obj.f()}, {@code p->f()}): the receiver's storage key;
 *     null otherwise
 * @param templateArguments explicit template arguments as spelled ({@code make_shared<Foo>})
 * @param location the call as the user sees it: for a call produced by a macro, the macro's use site
 * @param macro the outermost macro whose expansion produced the callee name, or null
 * @param enclosingFunction qualified name of the function the call is in; empty at namespace scope
 */
public record CallFact(
    String callee,
    String qualifiedCallee,
    String receiver,
    List<String> templateArguments,
    List<ArgumentFact> arguments,
    SourceLocation location,
    String macro,
    String enclosingFunction) {

  public CallFact {
    templateArguments = List.copyOf(templateArguments);
    arguments = List.copyOf(arguments);
  }

  /**
   * Where a call starts and what it calls: the same call seen by several units (header code) has
   * one site. A hash key, cheaper than a string built from the location.
   */
  public record Site(String path, int line, int column, String callee) {}

  /** This call's {@link Site}. */
  public Site site() {
    return new Site(location.path(), location.line(), location.column(), callee);
  }
}
