package dev.allocpath.facts;

import java.util.List;

/**
 * A type as written at a declaration, split so that rules need no C++ parser of their own.
 *
 * @param spelled the named type without cv-qualifiers, storage keywords or declarator parts,
 *     whitespace-normalised, e.g. {@code std::recursive_mutex}, {@code synchronized_callback<State>},
 *     {@code std::array<std::mutex, 4>}; primitive types as written ({@code unsigned int});
 *     elaborated keywords are dropped ({@code struct foo *p} gives {@code foo}); a class defined
 *     in the declaration itself gives that class's {@link ClassFact#qualifiedName()}
 * @param indirect true when the declarator makes it a pointer or reference: it holds nothing by value
 * @param arrayDimensions C array extents as written ({@code [4][N]} gives {@code 4}, {@code N})
 */
public record TypeRef(String spelled, boolean indirect, List<String> arrayDimensions) {
  public TypeRef {
    arrayDimensions = List.copyOf(arrayDimensions);
  }

  public static TypeRef of(String spelled) {
    return new TypeRef(spelled, false, List.of());
  }
}
