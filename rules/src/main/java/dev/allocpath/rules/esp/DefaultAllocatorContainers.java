package dev.allocpath.rules.esp;

import dev.allocpath.facts.TypeAliasFact;
import dev.allocpath.facts.TypeIndex;
import dev.allocpath.facts.TypeName;
import dev.allocpath.facts.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises standard containers and strings that allocate through {@code std::allocator}, after
 * following aliases (alias templates included, with their arguments substituted). A container
 * given any other allocator argument allocates wherever that allocator says and is left alone.
 */
final class DefaultAllocatorContainers {
  /** Container template → position of its allocator argument. */
  private static final Map<String, Integer> ALLOCATOR_ARGUMENT = Map.ofEntries(
      Map.entry("std::vector", 1), Map.entry("std::deque", 1), Map.entry("std::list", 1),
      Map.entry("std::forward_list", 1), Map.entry("std::map", 3), Map.entry("std::multimap", 3),
      Map.entry("std::set", 2), Map.entry("std::multiset", 2), Map.entry("std::unordered_map", 4),
      Map.entry("std::unordered_multimap", 4), Map.entry("std::unordered_set", 3),
      Map.entry("std::unordered_multiset", 3), Map.entry("std::basic_string", 2));

  /** Adaptors → position of their underlying container (a deque or vector by default). */
  private static final Map<String, Integer> ADAPTED_CONTAINER_ARGUMENT =
      Map.of("std::queue", 1, "std::stack", 1, "std::priority_queue", 1);

  /** Strings are basic_string with the default allocator. */
  private static final Set<String> STRINGS =
      Set.of("std::string", "std::wstring", "std::u8string", "std::u16string", "std::u32string");

  private static final int MAX_ALIAS_DEPTH = 16;

  /**
   * What was found.
   *
   * @param resolved the standard type after aliases ({@code std::vector<std::uint8_t>})
   * @param string whether it is a string (a {@code basic_string})
   */
  record Container(String resolved, boolean string) {}

  private final TypeIndex index;

  DefaultAllocatorContainers(TypeIndex index) {
    this.index = index;
  }

  Optional<Container> of(TypeRef type, String scope) {
    if (type.indirect()) {
      return Optional.empty();
    }
    return of(type.spelled(), scope, 0);
  }

  private Optional<Container> of(String spelled, String scope, int depth) {
    if (depth > MAX_ALIAS_DEPTH) {
      return Optional.empty();
    }
    TypeName name = TypeName.parse(spelled);
    String base = name.base();
    if (STRINGS.contains(base)) {
      return Optional.of(new Container(base, true));
    }
    Integer allocatorAt = ALLOCATOR_ARGUMENT.get(base);
    if (allocatorAt != null) {
      if (name.arguments().size() > allocatorAt
          && !isDefaultAllocator(name.arguments().get(allocatorAt), scope, depth + 1)) {
        return Optional.empty();
      }
      return Optional.of(new Container(normalised(spelled), base.equals("std::basic_string")));
    }
    Integer adaptedAt = ADAPTED_CONTAINER_ARGUMENT.get(base);
    if (adaptedAt != null) {
      if (name.arguments().size() > adaptedAt) {
        return of(name.arguments().get(adaptedAt), scope, depth + 1)
            .map(inner -> new Container(normalised(spelled), false));
      }
      return Optional.of(new Container(normalised(spelled), false));
    }
    if (base.startsWith("std::")) {
      return Optional.empty();
    }
    Optional<TypeIndex.Target> target = index.resolve(base, scope);
    if (target.isEmpty()) {
      return standardWithoutQualifier(name, scope, depth);
    }
    TypeAliasFact alias = target.get().alias();
    if (alias == null || alias.target().indirect()) {
      return Optional.empty();
    }
    return of(substitute(alias, name.arguments()), alias.scope(), depth + 1);
  }

  /**
   * A name nothing in the project declares but a standard container is called ({@code vector}
   * after {@code using namespace std;}): the standard one, since a project type of that name
   * would have resolved.
   */
  private Optional<Container> standardWithoutQualifier(TypeName name, String scope, int depth) {
    if (name.base().contains("::")) {
      return Optional.empty();
    }
    String qualified = "std::" + name.base();
    boolean known = STRINGS.contains(qualified) || ALLOCATOR_ARGUMENT.containsKey(qualified)
        || ADAPTED_CONTAINER_ARGUMENT.containsKey(qualified);
    if (!known) {
      return Optional.empty();
    }
    String spelled = name.arguments().isEmpty()
        ? qualified : qualified + "<" + String.join(", ", name.arguments()) + ">";
    return of(spelled, scope, depth + 1);
  }

  /**
   * An alias's target with the use's template arguments put in: the alias template's parameters
   * by name, or appended to a plain alias of a template ({@code using std::vector;}).
   */
  private static String substitute(TypeAliasFact alias, List<String> arguments) {
    String target = alias.target().spelled();
    List<String> parameters = alias.templateParameters();
    if (parameters.isEmpty()) {
      return arguments.isEmpty() || target.contains("<") ? target : target + "<" + String.join(", ", arguments) + ">";
    }
    for (int i = 0; i < parameters.size() && i < arguments.size(); i++) {
      Matcher word = Pattern.compile("\\b" + Pattern.quote(parameters.get(i)) + "\\b").matcher(target);
      target = word.replaceAll(Matcher.quoteReplacement(arguments.get(i)));
    }
    return target;
  }

  private boolean isDefaultAllocator(String argument, String scope, int depth) {
    if (depth > MAX_ALIAS_DEPTH) {
      return false;
    }
    TypeName name = TypeName.parse(argument);
    if (name.base().equals("std::allocator")) {
      return true;
    }
    if (name.base().startsWith("std::")) {
      return false;
    }
    return index.resolve(name.base(), scope)
        .map(TypeIndex.Target::alias)
        .map(alias -> isDefaultAllocator(substitute(alias, name.arguments()), alias.scope(), depth + 1))
        .orElse(false);
  }

  private static String normalised(String spelled) {
    return spelled.trim().replaceAll("\\s+", " ");
  }
}
