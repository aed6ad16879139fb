package dev.allocpath.rules.esp;

import dev.allocpath.facts.UnitFacts;
import java.util.List;
import java.util.Optional;

/**
 * Why one unit's call of an allocator reaches the default heap: no redirect at all; a redirect
 * macro that is in force but the call escapes (e.g. {@code (malloc)(n)}); or a forced header that
 * redirects the symbol in other units but not in this one.
 *
 * @param redirect the macro the call escapes or that is not in force here; empty when none applies
 * @param bypassed true when the macro is in force and the call escapes it
 * @param forcedHeaders the headers the unit force-includes, none of which redirects the symbol
 *     (named in the message: a forced {@code config.h} is not a redirect)
 */
record UnredirectedReason(Optional<RedirectModel.Redirect> redirect, boolean bypassed, List<String> forcedHeaders) {

  static UnredirectedReason of(
      UnitFacts unit, String symbol, Optional<RedirectModel.Redirect> inForce, RedirectModel redirects) {
    if (inForce.isPresent()) {
      return new UnredirectedReason(inForce, true, List.of());
    }
    return new UnredirectedReason(
        redirects.inactiveHeaderRedirect(unit, symbol), false, List.copyOf(redirects.forcedHeaders(unit)));
  }
}
