package dev.allocpath.rules.esp.budget;

import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.MemberFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.TypeName;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which classes only ever exist inside another object: bases of another class, and classes
 * held by value in a member (directly, in a C array or in {@code std::array}/{@code optional}/
 * {@code pair}/{@code tuple}/{@code variant}). Counting one instance of every other class gives a
 * component total in which no primitive is counted twice.
 */
final class PartOfIndex {
  private final Map<String, String> partOf = new HashMap<>();

  PartOfIndex(ProjectFacts facts, ClassLookup lookup, OwningTypes owning) {
    for (ClassFact type : facts.classes()) {
      for (ClassFact base : lookup.directBases(type)) {
        partOf.putIfAbsent(base.qualifiedName(), "a base of " + type.qualifiedName());
      }
      for (MemberFact member : type.members()) {
        if (!member.isStatic() && !member.type().indirect()) {
          String where = "held by value in " + type.qualifiedName() + "::" + member.name();
          markByValue(member.type().spelled(), type, where, lookup, owning, 0);
        }
      }
    }
  }

  /** Why the class is never a whole object, or empty when it can be one. */
  Optional<String> of(ClassFact type) {
    return Optional.ofNullable(partOf.get(type.qualifiedName()));
  }

  private void markByValue(String spelled, ClassFact owner, String where, ClassLookup lookup, OwningTypes owning,
      int depth) {
    String text = spelled.trim();
    if (depth > 8 || text.endsWith("*") || text.endsWith("&")) {
      return;
    }
    TypeName name = TypeName.parse(ClassLookup.withoutArrayBounds(text));
    if (owner.templateParameters().contains(name.base())) {
      return;
    }
    switch (owning.kind(name)) {
      case INLINE -> name.arguments().forEach(arg -> markByValue(arg, owner, where, lookup, owning, depth + 1));
      case PROJECT -> lookup.classOf(text, owner.qualifiedName()).ifPresent(held -> {
        if (!held.qualifiedName().equals(owner.qualifiedName())) {
          partOf.putIfAbsent(held.qualifiedName(), where);
        }
      });
      default -> { }
    }
  }
}
