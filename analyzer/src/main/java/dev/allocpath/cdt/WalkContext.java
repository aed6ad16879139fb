package dev.allocpath.cdt;

import dev.allocpath.model.Language;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the AST walk is: the stack of namespaces, classes and functions around the current node,
 * and the local variables of the current function. Collectors read it; only the walk changes it.
 */
final class WalkContext {

  /** What kind of scope a frame is. */
  enum Kind {
    NAMESPACE,
    CLASS,
    FUNCTION
  }

  /** A local variable or parameter: its storage key and its type as spelled. */
  record Local(String key, String spelledType) {}

  /** One enclosing scope. {@code ownerClass} is set for member functions. */
  static final class Frame {
    final Kind kind;
    final String qualifiedName;
    final String ownerClass;
    final Map<String, Local> locals;
    /** Storage keys of non-local names already resolved in this function (resolution is costly). */
    final Map<String, String> resolved;

    Frame(Kind kind, String qualifiedName, String ownerClass) {
      this.kind = kind;
      this.qualifiedName = qualifiedName;
      this.ownerClass = ownerClass;
      this.locals = kind == Kind.FUNCTION ? new HashMap<>() : Map.of();
      this.resolved = kind == Kind.FUNCTION ? new HashMap<>() : null;
    }
  }

  private final Language language;
  private final Locations locations;
  private final FactSink sink;
  private final ParseDeadline deadline;
  private final Deque<Frame> frames = new ArrayDeque<>();

  WalkContext(Language language, Locations locations, FactSink sink, ParseDeadline deadline) {
    this.language = language;
    this.locations = locations;
    this.sink = sink;
    this.deadline = deadline;
  }

  Language language() {
    return language;
  }

  boolean isCpp() {
    return language == Language.CXX;
  }

  Locations locations() {
    return locations;
  }

  FactSink sink() {
    return sink;
  }

  ParseDeadline deadline() {
    return deadline;
  }

  void push(Frame frame) {
    frames.push(frame);
  }

  void pop() {
    frames.pop();
  }

  /**
   * The qualified name that prefixes a name declared here. C has no class scopes: a struct
   * nested in a struct is a file-scope struct, so C skips class frames.
   */
  String scope() {
    for (Frame frame : frames) {
      if (frame.kind != Kind.CLASS || isCpp()) {
        return frame.qualifiedName;
      }
    }
    return "";
  }

  String qualify(String name) {
    String scope = scope();
    return scope.isEmpty() ? name : scope + "::" + name;
  }

  /** Qualified name of the innermost enclosing function, empty outside functions. */
  String function() {
    Frame frame = innermost(Kind.FUNCTION);
    return frame == null ? "" : frame.qualifiedName;
  }

  /** Owner class of the innermost enclosing function; empty for free functions and outside. */
  String functionOwner() {
    Frame frame = innermost(Kind.FUNCTION);
    return frame == null ? "" : frame.ownerClass;
  }

  /** Whether the walk is outside every class and function (only namespaces around it). */
  boolean atNamespaceScope() {
    for (Frame frame : frames) {
      if (frame.kind != Kind.NAMESPACE) {
        return false;
      }
    }
    return true;
  }

  /** Whether declarations here are function-local (the nearest class or function is a function). */
  boolean inFunction() {
    for (Frame frame : frames) {
      if (frame.kind != Kind.NAMESPACE) {
        return frame.kind == Kind.FUNCTION;
      }
    }
    return false;
  }

  /** The class being defined when the walk is directly in its body (not in a method). */
  String classBody() {
    Frame top = frames.peek();
    return top != null && top.kind == Kind.CLASS ? top.qualifiedName : null;
  }

  /**
   * The class whose members {@code this} reaches: the owner of the enclosing member function,
   * or the class whose body (default member initializers) the walk is in; null otherwise.
   */
  String thisClass() {
    for (Frame frame : frames) {
      if (frame.kind == Kind.FUNCTION) {
        return frame.ownerClass.isEmpty() ? null : frame.ownerClass;
      }
      if (frame.kind == Kind.CLASS) {
        return frame.qualifiedName;
      }
    }
    return null;
  }

  /** Records a local of the innermost function (lambdas share their function's locals). */
  void declareLocal(String name, Local local) {
    Frame frame = innermost(Kind.FUNCTION);
    if (frame != null && !name.isEmpty()) {
      frame.locals.put(name, local);
    }
  }

  /** A local declared earlier in the innermost function, or null. */
  Local local(String name) {
    Frame frame = innermost(Kind.FUNCTION);
    return frame == null ? null : frame.locals.get(name);
  }

  /**
   * The storage key of an unqualified non-local name, computed once per function: within one
   * function body such a name always denotes the same entity (locals are looked up first).
   * Outside functions nothing is remembered.
   */
  String resolvedName(String name, Function<String, String> resolve) {
    Frame frame = innermost(Kind.FUNCTION);
    if (frame == null) {
      return resolve.apply(name);
    }
    if (frame.resolved.containsKey(name)) {
      return frame.resolved.get(name);
    }
    String key = resolve.apply(name);
    frame.resolved.put(name, key);
    return key;
  }

  private Frame innermost(Kind kind) {
    Iterator<Frame> it = frames.iterator();
    while (it.hasNext()) {
      Frame frame = it.next();
      if (frame.kind == kind) {
        return frame;
      }
    }
    return null;
  }
}
