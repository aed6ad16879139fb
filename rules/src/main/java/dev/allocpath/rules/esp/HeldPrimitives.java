package dev.allocpath.rules.esp;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.MemberFact;
import dev.allocpath.facts.TypeAliasFact;
import dev.allocpath.facts.TypeIndex;
import dev.allocpath.facts.TypeName;
import dev.allocpath.facts.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Works out which synchronization primitives a type holds by value, and through which members.
 * Follows aliases, template arguments (bound by name), base classes, C arrays and the standard
 * wrappers that store their element inline ({@code std::array}, {@code std::optional},
 * {@code std::pair}, {@code std::tuple}). Everything reached through a pointer, a reference,
 * a smart pointer or a heap-allocating container is not held by value and is ignored here.
 */
public final class HeldPrimitives {
  /** One member (or base) on the way from the outer type to a primitive. */
  public record Step(String owner, String member, String spelledType, SourceLocation location) {}

  /**
   * One primitive reached by value: the members passed through (outermost first), the primitive,
   * and how many of it (array extents multiply).
   */
  public record Leaf(List<Step> via, SyncPrimitive primitive, long count) {
    Leaf prefixed(Step step, long times) {
      List<Step> path = new ArrayList<>(via.size() + 1);
      path.add(step);
      path.addAll(via);
      return new Leaf(List.copyOf(path), primitive, count * times);
    }
  }

  /** A template parameter bound to an argument, remembered with the scope that spelled it. */
  private record Binding(String text, String scope, Map<String, Binding> outer) {}

  private static final Set<String> INLINE_WRAPPERS = Set.of("std::optional", "std::pair", "std::tuple");

  private final TypeIndex index;
  private final List<SyncPrimitive> primitives;
  private final Map<String, List<Leaf>> memo = new HashMap<>();
  private final Set<String> visiting = new HashSet<>();

  /** {@code primitives}: the types that count, usually {@link SyncPrimitive#all}. */
  public HeldPrimitives(TypeIndex index, List<SyncPrimitive> primitives) {
    this.index = index;
    this.primitives = primitives;
  }

  /** Primitives held by a member declared with {@code type} inside class {@code owner}. */
  public List<Leaf> ofMember(MemberFact member, ClassFact owner) {
    return ofType(member.type(), owner.qualifiedName(), unbound(owner.templateParameters()));
  }

  /**
   * Primitives held by a variable of {@code type} declared in {@code scope} (the namespace, class
   * or function whose names the declaration sees), e.g. a namespace-scope {@code std::mutex}.
   */
  public List<Leaf> ofVariable(TypeRef type, String scope) {
    return ofType(type, scope, Map.of());
  }

  /** Primitives held by one instance of a class: its non-static members and its bases. */
  public List<Leaf> ofClass(ClassFact type) {
    return ofClass(type, unbound(type.templateParameters()));
  }

  private List<Leaf> ofClass(ClassFact type, Map<String, Binding> bindings) {
    String key = type.qualifiedName() + "@" + type.location() + bindingKey(type, bindings);
    List<Leaf> known = memo.get(key);
    if (known != null) {
      return known;
    }
    if (!visiting.add(key)) {
      return List.of(); // a type cannot contain itself by value; stop on malformed input
    }
    List<Leaf> leaves = new ArrayList<>();
    for (String base : type.bases()) {
      Step step = new Step(type.qualifiedName(), null, base, type.location());
      for (Leaf leaf : ofSpelled(base, type.scope(), bindings)) {
        leaves.add(leaf.prefixed(step, 1));
      }
    }
    for (MemberFact member : type.members()) {
      if (member.isStatic()) {
        continue;
      }
      Step step = new Step(type.qualifiedName(), member.name(), member.type().spelled(), member.location());
      for (Leaf leaf : ofType(member.type(), type.qualifiedName(), bindings)) {
        leaves.add(leaf.prefixed(step, 1));
      }
    }
    visiting.remove(key);
    List<Leaf> result = List.copyOf(leaves);
    memo.put(key, result);
    return result;
  }

  private List<Leaf> ofType(TypeRef type, String scope, Map<String, Binding> bindings) {
    if (type.indirect()) {
      return List.of();
    }
    long times = 1;
    for (String extent : type.arrayDimensions()) {
      times *= ArrayExtent.value(extent);
    }
    List<Leaf> inner = ofSpelled(type.spelled(), scope, bindings);
    return times == 1 ? inner : multiplied(inner, times);
  }

  private List<Leaf> ofSpelled(String spelled, String scope, Map<String, Binding> bindings) {
    String text = spelled.trim();
    if (text.endsWith("*") || text.endsWith("&") || text.contains("(*") || text.contains("(&")) {
      return List.of(); // pointer, reference or function pointer spelled inside a template argument
    }
    TypeName name = TypeName.parse(text);
    if (name.arguments().isEmpty() && bindings.containsKey(name.base())) {
      Binding bound = bindings.get(name.base());
      return bound == null ? List.of() : ofSpelled(bound.text(), bound.scope(), bound.outer());
    }
    var primitive = SyncPrimitive.named(name.base(), primitives);
    if (primitive.isPresent()) {
      return List.of(new Leaf(List.of(), primitive.get(), 1));
    }
    if (name.base().equals("std::array") && name.arguments().size() == 2) {
      return multiplied(
          ofSpelled(name.arguments().get(0), scope, bindings), ArrayExtent.value(name.arguments().get(1)));
    }
    if (INLINE_WRAPPERS.contains(name.base())) {
      List<Leaf> all = new ArrayList<>();
      name.arguments().forEach(arg -> all.addAll(ofSpelled(arg, scope, bindings)));
      return all;
    }
    if (name.base().startsWith("std::")) {
      return List.of(); // smart pointers and containers keep their elements on the heap
    }
    return index
        .resolve(name.base(), scope)
        .map(target -> target.type() != null
            ? ofClass(target.type(), bind(target.type().templateParameters(), name.arguments(), scope, bindings))
            : ofAlias(target.alias(), name.arguments(), scope, bindings))
        .orElse(List.of());
  }

  private List<Leaf> ofAlias(TypeAliasFact alias, List<String> args, String scope, Map<String, Binding> bindings) {
    String key = "alias:" + alias.qualifiedName() + "@" + alias.location();
    if (!visiting.add(key)) {
      return List.of();
    }
    try {
      return ofType(alias.target(), alias.scope(), bind(alias.templateParameters(), args, scope, bindings));
    } finally {
      visiting.remove(key);
    }
  }

  /** Binds parameters to arguments by position; a trailing pack parameter takes the rest. */
  private static Map<String, Binding> bind(
      List<String> parameters, List<String> arguments, String scope, Map<String, Binding> outer) {
    Map<String, Binding> bound = new HashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      String parameter = parameters.get(i);
      if (i < arguments.size()) {
        boolean lastTakesRest = i == parameters.size() - 1 && arguments.size() > parameters.size();
        String text = lastTakesRest
            ? "std::tuple<" + String.join(", ", arguments.subList(i, arguments.size())) + ">"
            : arguments.get(i);
        bound.put(parameter, new Binding(text, scope, outer));
      } else {
        bound.put(parameter, null); // defaulted or unknown: holds nothing we can name
      }
    }
    return bound;
  }

  private static Map<String, Binding> unbound(List<String> parameters) {
    Map<String, Binding> bound = new HashMap<>();
    parameters.forEach(p -> bound.put(p, null));
    return bound;
  }

  private static String bindingKey(ClassFact type, Map<String, Binding> bindings) {
    StringBuilder key = new StringBuilder("<");
    for (String parameter : type.templateParameters()) {
      Binding b = bindings.get(parameter);
      key.append(b == null ? "?" : b.text() + "@" + b.scope()).append(',');
    }
    return key.append('>').toString();
  }

  private static List<Leaf> multiplied(List<Leaf> leaves, long times) {
    List<Leaf> out = new ArrayList<>(leaves.size());
    for (Leaf leaf : leaves) {
      out.add(new Leaf(leaf.via(), leaf.primitive(), leaf.count() * times));
    }
    return out;
  }
}
