package dev.allocpath.rules.esp;

import dev.allocpath.facts.ClassFact;
import dev.allocpath.facts.MemberFact;
import dev.allocpath.facts.TypeAliasFact;
import dev.allocpath.facts.TypeIndex;
import dev.allocpath.facts.TypeRef;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Estimates {@code sizeof} for the 32-bit ESP targets (ILP32, 4-byte pointers, natural
 * alignment) from the project's own struct definitions and the standard type names, so that
 * sizes fold even when the system headers are not available (they usually are not). Unknown
 * member types make the whole struct unknown rather than guessed.
 */
final class TypeSizes {
  /** Size and alignment in bytes. */
  record Layout(long size, long align) {}

  private static final Layout POINTER = new Layout(4, 4);
  private static final int MAX_DEPTH = 16;

  /** Primitive and standard typedef names on the ESP targets (newlib, GCC for Xtensa and RISC-V). */
  private static final Map<String, Layout> NAMED = new HashMap<>();

  static {
    for (String n : new String[] {"char", "signed char", "unsigned char", "bool", "_Bool", "int8_t", "uint8_t",
        "int_least8_t", "uint_least8_t", "int_fast8_t", "uint_fast8_t", "std::uint8_t", "std::int8_t", "std::byte"}) {
      NAMED.put(n, new Layout(1, 1));
    }
    for (String n : new String[] {"short", "short int", "unsigned short", "unsigned short int", "signed short",
        "int16_t", "uint16_t", "int_least16_t", "uint_least16_t", "std::int16_t", "std::uint16_t"}) {
      NAMED.put(n, new Layout(2, 2));
    }
    for (String n : new String[] {"int", "signed", "signed int", "unsigned", "unsigned int", "long", "long int",
        "unsigned long", "unsigned long int", "signed long", "float", "int32_t", "uint32_t", "int_least32_t",
        "uint_least32_t", "int_fast16_t", "uint_fast16_t", "int_fast32_t", "uint_fast32_t", "size_t", "ssize_t",
        "intptr_t", "uintptr_t", "ptrdiff_t", "std::size_t", "std::int32_t", "std::uint32_t", "wchar_t",
        "BaseType_t", "UBaseType_t", "TickType_t", "esp_err_t", "pthread_t"}) {
      NAMED.put(n, new Layout(4, 4));
    }
    for (String n : new String[] {"long long", "long long int", "unsigned long long", "unsigned long long int",
        "double", "long double", "int64_t", "uint64_t", "int_least64_t", "uint_least64_t", "int_fast64_t",
        "uint_fast64_t", "std::int64_t", "std::uint64_t", "time_t"}) {
      NAMED.put(n, new Layout(8, 8));
    }
  }

  private final TypeIndex index;
  private final Function<String, ConstantText.Value> constants;
  private final Map<String, Optional<Layout>> cache = new HashMap<>();

  /** @param constants array extents that are named constants are read through this */
  TypeSizes(TypeIndex index, Function<String, ConstantText.Value> constants) {
    this.index = index;
    this.constants = constants;
  }

  /** The estimated size of a type as written in {@code sizeof(...)}, or null. */
  Long sizeOf(String spelled) {
    Layout layout = layout(spelled, 0);
    return layout == null ? null : layout.size();
  }

  private Layout layout(String spelled, int depth) {
    if (depth > MAX_DEPTH) {
      return null;
    }
    String type = spelled.replaceAll("\\b(const|volatile|struct|union|class)\\b", " ").replaceAll("\\s+", " ").trim();
    if (type.endsWith("*") || type.endsWith("&")) {
      return POINTER;
    }
    if (type.startsWith("enum ")) {
      return new Layout(4, 4);
    }
    Layout named = NAMED.get(type);
    if (named != null) {
      return named;
    }
    Optional<Layout> cached = cache.get(type);
    if (cached != null) {
      return cached.orElse(null);
    }
    cache.put(type, Optional.empty()); // a struct that contains itself by value is not a type
    Layout found = index.resolve(type, "").map(t -> t.type() != null
        ? composite(t.type(), depth) : alias(t.alias(), depth)).orElse(null);
    cache.put(type, Optional.ofNullable(found));
    return found;
  }

  private Layout alias(TypeAliasFact alias, int depth) {
    if (!alias.templateParameters().isEmpty()) {
      return null;
    }
    return ofRef(alias.target(), depth + 1);
  }

  private Layout ofRef(TypeRef ref, int depth) {
    Layout element = ref.indirect() ? POINTER : layout(ref.spelled(), depth);
    if (element == null) {
      return null;
    }
    long count = 1;
    for (String extent : ref.arrayDimensions()) {
      ConstantText.Value n = ConstantText.fold(extent, constants, t -> null);
      if (n == null || n.value() < 0) {
        return null;
      }
      count = Math.multiplyExact(count, n.value());
    }
    return new Layout(Math.multiplyExact(element.size(), count), element.align());
  }

  /** C layout: members in order, each at its alignment; a union is its largest member. */
  private Layout composite(ClassFact type, int depth) {
    if (!type.bases().isEmpty() || !type.templateParameters().isEmpty()) {
      return null; // C++ layouts with bases or templates are not estimated
    }
    boolean union = type.keyword().equals("union");
    long size = 0;
    long align = 1;
    for (MemberFact member : type.members()) {
      if (member.isStatic()) {
        continue;
      }
      Layout m = ofRef(member.type(), depth + 1);
      if (m == null) {
        return null;
      }
      align = Math.max(align, m.align());
      size = union ? Math.max(size, m.size()) : roundUp(size, m.align()) + m.size();
    }
    return new Layout(Math.max(1, roundUp(size, align)), align);
  }

  private static long roundUp(long value, long align) {
    return (value + align - 1) / align * align;
  }
}
