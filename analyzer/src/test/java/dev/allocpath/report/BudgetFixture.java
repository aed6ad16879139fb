package dev.allocpath.report;

import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.engine.RunStats;
import dev.allocpath.engine.Summary;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small {@code budget} summary in the shape the budget report publishes, with names that need
 * escaping, for the renderer tests (the analyzer module cannot run the rules).
 */
final class BudgetFixture {
  static final String HOSTILE_COMPONENT = "<script>alert('x')</script>";
  static final String HOSTILE_CLASS = "ns::Box<\"a\" & 'b'>";

  private BudgetFixture() {}

  static AnalysisResult result(Object budget) {
    List<Summary> summaries = budget == null ? List.of()
        : List.of(new Summary("budget", budget, List.of("a line")), new Summary("redirects", Map.of(), List.of()));
    return new AnalysisResult(Path.of("/somewhere/firmware").toAbsolutePath(), List.of(), List.of(), List.of(),
        summaries, "cmake", new RunStats(2, 100, 5));
  }

  static Map<String, Object> budget() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("costs", List.of(
        map("item", "std::mutex", "key", "costs.std::mutex", "bytes", 84L, "defaultBytes", 84L, "basis", "measured"),
        map("item", "thread task control block", "key", "costs.thread-tcb", "bytes", 500L, "defaultBytes", 340L,
            "basis", "measured")));
    data.put("assumptions", List.of("Figures are a floor & not exact."));
    data.put("components", List.of(
        component("net", "forced header", 0, 84, 0, 680, 2),
        component(HOSTILE_COMPONENT, "none", 3, 0, 0, 0, 0)));
    data.put("totals", map("rawAllocationSites", 3L, "mutexClasses", 2L, "wholeObjectPrimitives", 1L,
        "wholeObjectBytes", 84L, "staticPrimitives", 0L, "staticPrimitiveBytes", 0L, "leakedThreads", 2L,
        "leakedThreadBytes", 680L, "undecidedThreads", 0L, "staticHeapObjects", 1L, "estimatedBytes", 764L,
        "usesEstimates", false));
    Map<String, Object> ice = map("class", "net::Ice", "via", "mIce", "declaredIn", "net::Peer",
        "how", "std::shared_ptr<Ice>", "kind", "member", "many", false, "location", "components/net/peer.hpp:9:3",
        "counted", true, "byValue", tally(1, 84), "owns", List.of(
            map("class", "net::Transport", "via", "mLower", "declaredIn", "net::Transport",
                "how", "std::shared_ptr<Transport>", "kind", "member", "many", false,
                "location", "components/net/transport.hpp:4:3", "counted", false,
                "note", "a base of net::Ice in this tree, taken to point at that object",
                "byValue", tally(1, 84), "owns", List.of())));
    data.put("classes", List.of(
        map("class", "net::Peer", "component", "net", "location", "components/net/peer.hpp:3:8", "wholeObject", true,
            "byValue", tally(1, 84), "reachable", tally(2, 168),
            "members", List.of(map("member", "mLock", "declaredIn", "net::Peer", "type", "std::mutex",
                "primitives", tally(1, 84), "paths", List.of("mLock → std::mutex"))),
            "owns", List.of(ice)),
        map("class", HOSTILE_CLASS, "component", "net", "location", "components/net/box.hpp:1:1", "wholeObject", false,
            "partOf", "held by value in net::Peer::mBox", "byValue", tally(1, 84), "reachable", tally(1, 84),
            "members", List.of(), "owns", List.of())));
    data.put("statics", List.of());
    return data;
  }

  private static Map<String, Object> component(String name, String redirect, long raw, long objectBytes,
      long staticBytes, long threadBytes, long threads) {
    return map("component", name, "redirect", map("summary", redirect, "unredirected", List.of()),
        "rawAllocationSites", raw, "mutexClasses", objectBytes > 0 ? 1L : 0L,
        "wholeObjectPrimitives", tally(objectBytes / 84, objectBytes), "staticPrimitives", tally(0, staticBytes),
        "leakedThreads", threads, "leakedThreadBytes", threadBytes, "undecidedThreads", 0L, "staticHeapObjects", 0L,
        "estimatedBytes", objectBytes + staticBytes + threadBytes, "usesEstimates", false);
  }

  static Map<String, Object> tally(long primitives, long bytes) {
    return map("primitives", primitives, "bytes", bytes, "counts", Map.of(), "usesEstimates", false);
  }

  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
