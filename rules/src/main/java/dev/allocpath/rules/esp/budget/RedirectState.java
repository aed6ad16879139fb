package dev.allocpath.rules.esp.budget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A component's malloc redirect state in a few words, from the per-symbol states the
 * esp-unredirected-alloc rule publishes as its {@code redirects} summary.
 *
 * @param summary e.g. {@code none}, {@code header-only}, {@code forced header (11 of 12)}
 * @param bySymbol symbol to state as the rule wrote it; empty when the rule did not run
 */
record RedirectState(String summary, Map<String, String> bySymbol) {
  static final String UNKNOWN = "unknown";

  RedirectState {
    bySymbol = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySymbol));
  }

  /** The state of {@code component} in the rule's summary data (component → symbol → state). */
  static RedirectState of(Object redirectsSummary, String component) {
    if (!(redirectsSummary instanceof Map<?, ?> all) || !(all.get(component) instanceof Map<?, ?> row)) {
      return new RedirectState(UNKNOWN, Map.of());
    }
    Map<String, String> states = new LinkedHashMap<>();
    row.forEach((symbol, state) -> states.put(String.valueOf(symbol), String.valueOf(state)));
    return new RedirectState(summarize(states), states);
  }

  private static String summarize(Map<String, String> states) {
    if (states.isEmpty()) {
      return UNKNOWN;
    }
    if (states.values().stream().allMatch("header-only"::equals)) {
      return "header-only";
    }
    Set<String> mechanisms = new LinkedHashSet<>();
    int redirected = 0;
    for (String state : states.values()) {
      String mechanism = mechanism(state);
      if (mechanism != null) {
        mechanisms.add(mechanism);
        redirected++;
      }
    }
    if (redirected == 0) {
      return states.values().stream().anyMatch(s -> s.startsWith("partial")) ? "partial" : "none";
    }
    String how = String.join(" + ", mechanisms);
    return redirected == states.size() ? how : how + " (" + redirected + " of " + states.size() + ")";
  }

  /** The symbols whose calls still reach the default heap in at least one unit. */
  List<String> unredirected() {
    List<String> symbols = new ArrayList<>();
    bySymbol.forEach((symbol, state) -> {
      if (mechanism(state) == null && !state.equals("header-only")) {
        symbols.add(symbol);
      }
    });
    return symbols;
  }

  private static String mechanism(String state) {
    if (state.startsWith("forced header")) {
      return "forced header";
    }
    if (state.startsWith("link wrap")) {
      return "link wrap";
    }
    return null;
  }
}
