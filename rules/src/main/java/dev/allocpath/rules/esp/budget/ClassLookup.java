package dev.allocpath.rules.esp.budget;

import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.TypeAliasFact;
import dev.allocpath.facts.TypeIndex;
import dev.allocpath.facts.TypeName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the project class a spelled type names, following aliases (alias templates too, by
 * substituting their arguments), and the base classes of a class.
 */
final class ClassLookup {
  /** What a spelled name resolves to: a class, or an alias's target to look at again. */
  record Resolved(ClassFact type, String aliasTarget, boolean aliasIndirect, String aliasScope) {}

  private static final int MAX_ALIAS_DEPTH = 8;

  private final TypeIndex index;

  ClassLookup(TypeIndex index) {
    this.index = index;
  }

  /** One step of resolution: the class {@code name} denotes from {@code scope}, or the alias target. */
  Optional<Resolved> step(TypeName name, String scope) {
    return index.resolve(name.base(), scope).map(target -> {
      if (target.type() != null) {
        return new Resolved(target.type(), null, false, null);
      }
      TypeAliasFact alias = target.alias();
      String spelled = substitute(alias.target().spelled(), alias.templateParameters(), name.arguments());
      return new Resolved(null, spelled, alias.target().indirect(), alias.scope());
    });
  }

  /** The class {@code spelled} names by value, through aliases; empty for standard or unknown types. */
  Optional<ClassFact> classOf(String spelled, String scope) {
    String text = spelled;
    String where = scope;
    for (int depth = 0; depth < MAX_ALIAS_DEPTH; depth++) {
      TypeName name = TypeName.parse(withoutArrayBounds(text));
      if (name.base().isEmpty() || name.base().startsWith("std::") || text.trim().endsWith("*")) {
        return Optional.empty();
      }
      Optional<Resolved> resolved = step(name, where);
      if (resolved.isEmpty() || resolved.get().aliasIndirect()) {
        return Optional.empty();
      }
      if (resolved.get().type() != null) {
        return Optional.of(resolved.get().type());
      }
      text = resolved.get().aliasTarget();
      where = resolved.get().aliasScope();
    }
    return Optional.empty();
  }

  /** Every class {@code type} derives from, directly or not, by qualified name. */
  Set<String> basesOf(ClassFact type) {
    Set<String> bases = new LinkedHashSet<>();
    collectBases(type, bases);
    return bases;
  }

  private void collectBases(ClassFact type, Set<String> into) {
    for (String base : type.bases()) {
      classOf(base, type.scope()).ifPresent(b -> {
        if (!b.qualifiedName().equals(type.qualifiedName()) && into.add(b.qualifiedName())) {
          collectBases(b, into);
        }
      });
    }
  }

  /** The resolved base classes of {@code type} (one level). */
  List<ClassFact> directBases(ClassFact type) {
    return type.bases().stream().map(b -> classOf(b, type.scope())).flatMap(Optional::stream)
        .filter(b -> !b.qualifiedName().equals(type.qualifiedName())).toList();
  }

  /** {@code T[]} and {@code T[4]} name the element type {@code T}. */
  static String withoutArrayBounds(String spelled) {
    String text = spelled.trim();
    int bracket = text.indexOf('[');
    return bracket > 0 && text.endsWith("]") ? text.substring(0, bracket).trim() : text;
  }

  static boolean hasArrayBounds(String spelled) {
    String text = spelled.trim();
    return text.endsWith("]") && text.indexOf('[') > 0;
  }

  /** Replaces whole-word template parameters of an alias template by the arguments given. */
  private static String substitute(String target, List<String> parameters, List<String> arguments) {
    String result = target;
    for (int i = 0; i < parameters.size() && i < arguments.size(); i++) {
      Pattern word = Pattern.compile("(?<![\\w:])" + Pattern.quote(parameters.get(i)) + "(?!\\w)");
      result = word.matcher(result).replaceAll(Matcher.quoteReplacement(arguments.get(i)));
    }
    return result;
  }
}
