package dev.allocpath.cmake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs block-structured CMake: control flow (if, foreach, while, function/macro calls, block,
 * return/break/continue) here, every other command through the session's command table. An
 * unknown command is reported and skipped; an internal failure in one command is reported and the
 * next command runs.
 */
final class Interpreter {
  /** How a body finished. */
  enum Flow {
    NORMAL,
    BREAK,
    CONTINUE,
    RETURN
  }

  /** Deep enough for real helper libraries, shallow enough to stop runaway recursion quickly. */
  static final int MAX_DEPTH = 200;
  static final int MAX_WHILE_ITERATIONS = 10_000;
  /**
   * Commands the project file or one component may run ({@link #resetBudget()} between them).
   * A component file runs tens to a few thousand; loops nested over large ranges would otherwise
   * run for hours, and a pre-commit hook must not hang. The fuzz targets lower it (system
   * property {@code allocpath.cmake.max-commands}, see rules/pom.xml): the fuzzer should explore
   * commands, not spend its time running loops up to the limit.
   */
  static final long MAX_STEPS = Long.getLong("allocpath.cmake.max-commands", 200_000);

  private final BuildSession session;

  final EvaluationClock clock = new EvaluationClock();
  private long steps;
  /** Why the current file tree stopped being evaluated (already reported), or null. */
  private String stopped;

  Interpreter(BuildSession session) {
    this.session = session;
  }

  /** Gives the next file evaluation (project file, or one component) the whole budget again. */
  void resetBudget() {
    steps = 0;
    stopped = null;
    clock.restart();
  }

  Flow run(List<Statement> body, Frame frame) {
    for (Statement s : body) {
      if (mustStop(s, frame)) {
        // Unwinds every body, loop and file: each caller hits the same check at its next statement.
        return Flow.RETURN;
      }
      Flow flow = execute(s, frame);
      if (flow != Flow.NORMAL) {
        return flow;
      }
    }
    return Flow.NORMAL;
  }

  private boolean mustStop(Statement s, Frame frame) {
    if (stopped != null) {
      return true;
    }
    if (++steps > MAX_STEPS) {
      stop("evaluation stopped after " + MAX_STEPS + " commands (a runaway loop?)", s, frame);
    } else if ((steps & 0xFF) == 0 && clock.expired()) {
      stop("evaluation stopped after " + EvaluationClock.LIMIT_SECONDS + " s (a runaway loop?)", s, frame);
    }
    return stopped != null;
  }

  private void stop(String why, Statement s, Frame frame) {
    stopped = why;
    session.sink.warning(NotificationSink.UNSUPPORTED, why + "; the model may be incomplete",
        frame.code().display(), s.command().line());
  }

  private Flow execute(Statement s, Frame frame) {
    try {
      if (s instanceof Statement.Invocation i) {
        return invoke(i.command(), frame);
      }
      if (s instanceof Statement.IfBlock b) {
        return runIf(b, frame);
      }
      if (s instanceof Statement.Loop l) {
        return l.command().name().equals("foreach") ? runForeach(l, frame) : runWhile(l, frame);
      }
      if (s instanceof Statement.Definition d) {
        define(d, frame);
        return Flow.NORMAL;
      }
      if (s instanceof Statement.Block b) {
        return runBlock(b, frame);
      }
    } catch (RuntimeException | StackOverflowError e) {
      if (e instanceof EvaluationLimit) {
        // The file is pathological: each further command could cost as much again, so stop it.
        stop(s.command().name() + "(): " + e.getMessage() + "; evaluation of this file stopped", s, frame);
      } else {
        session.sink.unsupported(
            s.command().name() + "(): could not be evaluated (" + e.getClass().getSimpleName() + ")",
            frame.code().display(),
            s.command().line());
      }
    }
    return Flow.NORMAL;
  }

  List<Arg> expand(CMakeCommand command, Frame frame) {
    List<Arg> out = new ArrayList<>(command.arguments().size());
    long chars = 0;
    for (CMakeArgument a : command.arguments()) {
      int before = out.size();
      ArgumentExpander.expand(a, frame.vars(), frame.macroArgs(), out);
      for (int i = before; i < out.size(); i++) {
        chars += out.get(i).value().length();
      }
      EvaluationLimit.checkArguments(out.size(), chars);
    }
    return out;
  }

  private Flow invoke(CMakeCommand command, Frame frame) {
    String name = command.name();
    switch (name) {
      case "return":
        return Flow.RETURN;
      case "break":
        return Flow.BREAK;
      case "continue":
        return Flow.CONTINUE;
      default:
        break;
    }
    FunctionDefinition function = session.functions.get(name);
    if (function != null) {
      return call(function, command, frame);
    }
    CommandHandler handler = session.builtins.get(name);
    if (handler == null) {
      unsupported(frame, command, "unknown command '" + name + "' ignored");
      return Flow.NORMAL;
    }
    handler.run(new CommandCall(command, expand(command, frame), frame, session));
    return Flow.NORMAL;
  }

  private void unsupported(Frame frame, CMakeCommand command, String message) {
    session.sink.unsupported(message, frame.code().display(), command.line());
  }

  // ---- if / elseif / else

  private Flow runIf(Statement.IfBlock block, Frame frame) {
    for (Statement.Branch branch : block.branches()) {
      CMakeCommand header = branch.header();
      if (header.name().equals("else") || condition(header, frame)) {
        return run(branch.body(), frame);
      }
    }
    return Flow.NORMAL;
  }

  boolean condition(CMakeCommand header, Frame frame) {
    ConditionEvaluator evaluator = new ConditionEvaluator(frame.vars(), new ConditionHost(frame));
    try {
      return evaluator.evaluate(expand(header, frame));
    } catch (ConditionEvaluator.Unsupported e) {
      unsupported(frame, header, header.name() + "(): " + e.getMessage() + "; taken as false");
      return false;
    }
  }

  /** What conditions may ask about files, commands and targets, under the project's file policy. */
  private final class ConditionHost implements ConditionEvaluator.Host {
    private final Frame frame;

    ConditionHost(Frame frame) {
      this.frame = frame;
    }

    @Override
    public Boolean exists(String path, boolean directoryOnly) {
      if (path.isEmpty()) {
        return false;
      }
      Path p = CompileOptionParser.resolve(frame.sourceDir(), path);
      if (!session.files.mayRead(p)) {
        return null;
      }
      if (!directoryOnly && isVirtual(p)) {
        return true;
      }
      return directoryOnly ? session.files.isDirectory(p) : session.files.isFile(p) || session.files.isDirectory(p);
    }

    private boolean isVirtual(Path p) {
      if (session.globals.virtualFiles.containsKey(p)) {
        return true;
      }
      for (ComponentState c : session.components.values()) {
        if (c.virtualFiles.containsKey(p)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public boolean isCommand(String name) {
      return session.isCommand(name);
    }

    @Override
    public Boolean isTarget(String name) {
      return session.componentByTarget(name) != null || session.libraryByTarget(name) != null ? Boolean.TRUE : null;
    }

    @Override
    public Pattern regex(String pattern) throws ConditionEvaluator.Unsupported {
      Pattern p = session.regexes.get(pattern);
      if (p == null) {
        throw new ConditionEvaluator.Unsupported("invalid regular expression '" + pattern + "'");
      }
      return p;
    }

    @Override
    public CharSequence guard(String value) {
      return clock.guard(value);
    }
  }

  // ---- loops

  private Flow runForeach(Statement.Loop loop, Frame frame) {
    List<Arg> header = expand(loop.command(), frame);
    if (header.isEmpty()) {
      unsupported(frame, loop.command(), "foreach() without a loop variable; body skipped");
      return Flow.NORMAL;
    }
    String variable = header.get(0).value();
    List<String> items = foreachItems(header, frame, loop.command());
    if (items == null) {
      return Flow.NORMAL;
    }
    Variables vars = frame.vars();
    String saved = vars.get(variable);
    boolean wasDefined = vars.defined(variable);
    Flow result = Flow.NORMAL;
    for (String item : items) {
      vars.set(variable, item);
      Flow flow = run(loop.body(), frame);
      if (flow == Flow.BREAK) {
        break;
      }
      if (flow == Flow.RETURN) {
        result = Flow.RETURN;
        break;
      }
    }
    // CMake restores the loop variable after the loop.
    if (wasDefined && saved != null) {
      vars.set(variable, saved);
    } else {
      vars.unset(variable);
    }
    return result;
  }

  /** The items of a foreach header; null (after a notification) for forms not modelled. */
  private List<String> foreachItems(List<Arg> header, Frame frame, CMakeCommand command) {
    List<String> rest = new ArrayList<>();
    for (int i = 1; i < header.size(); i++) {
      rest.add(header.get(i).value());
    }
    if (!rest.isEmpty() && rest.get(0).equals("RANGE")) {
      return range(rest.subList(1, rest.size()), frame, command);
    }
    if (rest.isEmpty() || !rest.get(0).equals("IN")) {
      return rest;
    }
    List<String> items = new ArrayList<>();
    String mode = null;
    for (String word : rest.subList(1, rest.size())) {
      switch (word) {
        case "LISTS", "ITEMS" -> mode = word;
        case "ZIP_LISTS" -> {
          unsupported(frame, command, "foreach(... IN ZIP_LISTS ...) is not supported; body skipped");
          return null;
        }
        default -> {
          if ("LISTS".equals(mode)) {
            String value = frame.vars().get(word);
            if (value != null) {
              items.addAll(ListValues.split(value, true));
            }
          } else if ("ITEMS".equals(mode)) {
            items.add(word);
          }
        }
      }
    }
    return items;
  }

  private List<String> range(List<String> bounds, Frame frame, CMakeCommand command) {
    try {
      long start = 0;
      long stop;
      long step = 1;
      if (bounds.size() == 1) {
        stop = Long.parseLong(bounds.get(0).trim());
      } else if (bounds.size() == 2 || bounds.size() == 3) {
        start = Long.parseLong(bounds.get(0).trim());
        stop = Long.parseLong(bounds.get(1).trim());
        if (bounds.size() == 3) {
          step = Long.parseLong(bounds.get(2).trim());
        }
      } else {
        throw new NumberFormatException();
      }
      if (step <= 0 || (stop - start) / step > MAX_WHILE_ITERATIONS) {
        throw new NumberFormatException();
      }
      List<String> items = new ArrayList<>();
      for (long v = start; v <= stop; v += step) {
        items.add(Long.toString(v));
      }
      return items;
    } catch (NumberFormatException e) {
      unsupported(frame, command, "foreach(RANGE " + String.join(" ", bounds) + ") is not a usable range; body skipped");
      return null;
    }
  }

  private Flow runWhile(Statement.Loop loop, Frame frame) {
    for (int i = 0; i < MAX_WHILE_ITERATIONS; i++) {
      if (!condition(loop.command(), frame)) {
        return Flow.NORMAL;
      }
      Flow flow = run(loop.body(), frame);
      if (flow == Flow.BREAK) {
        return Flow.NORMAL;
      }
      if (flow == Flow.RETURN) {
        return Flow.RETURN;
      }
    }
    unsupported(frame, loop.command(), "while() stopped after " + MAX_WHILE_ITERATIONS + " iterations");
    return Flow.NORMAL;
  }

  // ---- block()

  private Flow runBlock(Statement.Block block, Frame frame) {
    List<String> args = new ArrayList<>();
    for (Arg a : expand(block.command(), frame)) {
      args.add(a.value());
    }
    int scopeFor = args.indexOf("SCOPE_FOR");
    boolean variableScope = scopeFor < 0 || args.subList(scopeFor, args.size()).contains("VARIABLES");
    if (!variableScope) {
      return run(block.body(), frame);
    }
    Variables inner = frame.vars().child();
    Frame blockFrame = frame.forBlock(inner);
    Flow flow = run(block.body(), blockFrame);
    int propagate = args.indexOf("PROPAGATE");
    if (propagate >= 0) {
      for (String name : args.subList(propagate + 1, args.size())) {
        if (name.equals("SCOPE_FOR")) {
          break;
        }
        String value = inner.get(name);
        if (value == null) {
          frame.vars().unset(name);
        } else {
          frame.vars().set(name, value);
        }
      }
    }
    return flow == Flow.RETURN ? Flow.RETURN : Flow.NORMAL;
  }

  // ---- function() / macro()

  private void define(Statement.Definition definition, Frame frame) {
    List<Arg> header = expand(definition.command(), frame);
    if (header.isEmpty()) {
      unsupported(frame, definition.command(), definition.command().name() + "() without a name ignored");
      return;
    }
    List<String> params = new ArrayList<>();
    for (int i = 1; i < header.size(); i++) {
      params.add(header.get(i).value());
    }
    String name = header.get(0).value().toLowerCase(Locale.ROOT);
    session.functions.put(
        name, new FunctionDefinition(name, List.copyOf(params), definition.body(), definition.macro(), frame.code()));
  }

  private Flow call(FunctionDefinition function, CMakeCommand command, Frame frame) {
    if (frame.depth() > MAX_DEPTH) {
      unsupported(frame, command, "call depth limit reached calling '" + function.name() + "'; call skipped");
      return Flow.NORMAL;
    }
    List<Arg> expanded = expand(command, frame);
    List<String> args = new ArrayList<>(expanded.size());
    for (Arg a : expanded) {
      args.add(a.value());
    }
    if (args.size() < function.params().size()) {
      unsupported(frame, command, "'" + function.name() + "' called with " + args.size()
          + " arguments but needs " + function.params().size() + "; call skipped");
      return Flow.NORMAL;
    }
    Map<String, String> bindings = new HashMap<>();
    for (int i = 0; i < function.params().size(); i++) {
      bindings.put(function.params().get(i), args.get(i));
    }
    bindings.put("ARGC", Integer.toString(args.size()));
    bindings.put("ARGV", ListValues.join(args));
    bindings.put("ARGN", ListValues.join(args.subList(function.params().size(), args.size())));
    for (int i = 0; i < args.size(); i++) {
      bindings.put("ARGV" + i, args.get(i));
    }
    if (function.macro()) {
      // Runs in the caller's scope; return() inside a macro returns from the caller.
      return run(function.body(), frame.forMacro(bindings, function.definedIn()));
    }
    Variables scope = frame.vars().child();
    bindings.forEach(scope::set);
    scope.set("CMAKE_CURRENT_FUNCTION", function.name());
    scope.set("CMAKE_CURRENT_FUNCTION_LIST_FILE", function.definedIn().path().toString());
    scope.set("CMAKE_CURRENT_FUNCTION_LIST_DIR", function.definedIn().dir().toString());
    run(function.body(), frame.forFunction(scope, function.definedIn()));
    return Flow.NORMAL;
  }
}
