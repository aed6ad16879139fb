package dev.allocpath.rules.esp;

import dev.allocpath.facts.TypeIndex;
import dev.allocpath.facts.TypeName;
import dev.allocpath.facts.TypeRef;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises standard containers and strings that allocate through {@code std::allocator}, after
 * following aliases. A container given any other allocator argument allocates wherever that
 * allocator says and is left alone.
 */
final class DefaultAllocatorContainers {
  /** Container template → position of its allocator argument. */
  private static final Map<String, Integer> ALLOCATOR_ARGUMENT = Map.ofEntries(
      Map.entry("std::vector", 1), Map.entry("std::deque", 1), Map.entry("std::list", 1),
      Map.entry("std::forward_list", 1), Map.entry("std::map", 3), Map.entry("std::multimap", 3),
      Map.entry("std::set", 2), Map.entry("std::multiset", 2), Map.entry("std::unordered_map", 4),
      Map.entry("std::unordered_multimap", 4), Map.entry("std::unordered_set", 3),
      Map.entry("std::unordered_multiset", 3), Map.entry("std::basic_string", 2));

  /** Strings are basic_string with the default allocator. */
  private static final java.util.Set<String> STRINGS =
      java.util.Set.of("std::string", "std::wstring", "std::u8string", "std::u16string", "std::u32string");

  /** What was found: the container as written after aliases, and whether it is a string. */
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
    if (depth > 16) {
      return Optional.empty();
    }
    TypeName name = TypeName.parse(spelled);
    String base = name.base();
    if (STRINGS.contains(base)) {
      return Optional.of(new Container(base, true));
    }
    Integer allocatorAt = ALLOCATOR_ARGUMENT.get(base);
    if (allocatorAt != null) {
      if (name.arguments().size() > allocatorAt && !isDefaultAllocator(name.arguments().get(allocatorAt))) {
        return Optional.empty();
      }
      return Optional.of(new Container(spelled.trim(), base.equals("std::basic_string")));
    }
    if (base.startsWith("std::")) {
      return Optional.empty();
    }
    return index.resolve(base, scope)
        .filter(target -> target.alias() != null && !target.alias().target().indirect())
        .flatMap(target -> of(target.alias().target().spelled(), target.alias().scope(), depth + 1));
  }

  private static boolean isDefaultAllocator(String argument) {
    return TypeName.parse(argument).base().equals("std::allocator");
  }
}
