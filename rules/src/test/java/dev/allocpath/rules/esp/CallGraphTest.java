package dev.allocpath.rules.esp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.FunctionFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallGraphTest {
  private final List<FunctionFact> functions = new ArrayList<>();
  private final List<CallFact> calls = new ArrayList<>();
  private int line;

  private void define(String qualified) {
    String simple = qualified.substring(qualified.lastIndexOf(':') + 1);
    functions.add(new FunctionFact(qualified, simple, "", List.of(), List.of(), SourceLocation.ofLine("f.cpp", ++line)));
  }

  private CallFact call(String from, String callee) {
    CallFact call = new CallFact(callee, callee, null, List.of(), List.of(), SourceLocation.ofLine("f.cpp", ++line), null, from);
    calls.add(call);
    return call;
  }

  @Test
  void everyDefinitionOfACalledNameIsReachedByTheFirstCallOfIt() {
    define("root");
    define("a::init");
    define("b::init");
    define("helper");
    define("c::run");
    CallFact firstInit = call("root", "init");
    call("root", "init");
    CallFact helper = call("root", "helper");
    call("helper", "init");
    CallFact run = call("b::init", "run");
    call("a::init", "run");

    Map<String, CallFact> reached = new CallGraph(functions, calls).reachable(List.of("root"));

    assertEquals(List.of("root", "a::init", "b::init", "helper", "c::run"), List.copyOf(reached.keySet()));
    assertNull(reached.get("root"));
    assertSame(firstInit, reached.get("a::init"));
    assertSame(firstInit, reached.get("b::init"));
    assertSame(helper, reached.get("helper"));
    // a::init is reached before b::init, so its call of run is followed first, though written later.
    assertEquals("a::init", reached.get("c::run").enclosingFunction());
    assertEquals(List.of(run), new CallGraph(functions, calls).callsIn("b::init"));
  }

  @Test
  void callsAreFollowedAtMostMaxDepthDeep() {
    for (int i = 0; i <= CallGraph.MAX_DEPTH + 1; i++) {
      define("f" + i);
      call("f" + i, "f" + (i + 1));
    }
    Map<String, CallFact> reached = new CallGraph(functions, calls).reachable(List.of("f0"));
    assertEquals(CallGraph.MAX_DEPTH + 1, reached.size());
    assertEquals("f" + CallGraph.MAX_DEPTH, List.copyOf(reached.keySet()).get(CallGraph.MAX_DEPTH));
  }
}
