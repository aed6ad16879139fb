package dev.allocpath.rules.esp;

import dev.allocpath.facts.ArgumentFact;
import dev.allocpath.facts.TypeIndex;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.facts.VariableFact;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the size of an allocation from its arguments in one unit: the parser's folded value
 * when it has one, else the text folded with the unit's constants ({@code static const},
 * {@code constexpr}) and estimated type sizes.
 */
final class SizeFolding {
  private final Map<String, VariableFact> variables = new HashMap<>();
  private final TypeSizes types;
  private final Set<String> folding = new HashSet<>();

  private final UnitFacts unit;
  private boolean indexed;

  SizeFolding(UnitFacts unit, TypeIndex index) {
    this.unit = unit;
    this.types = new TypeSizes(index, this::constant);
  }

  /** The unit's variables by name, read on first use: most units allocate nothing. */
  private Map<String, VariableFact> variables() {
    if (indexed) {
      return variables;
    }
    indexed = true;
    // File-scope and static constants first: a local of the same name elsewhere must not win.
    for (VariableFact v : unit.variables()) {
      if (v.storage() != VariableFact.Storage.LOCAL && v.storage() != VariableFact.Storage.PARAMETER) {
        variables.putIfAbsent(v.name(), v);
      }
    }
    for (VariableFact v : unit.variables()) {
      variables.putIfAbsent(v.name(), v);
    }
    return variables;
  }

  /** The product of the arguments at {@code indices}; unknown when there are none. */
  AllocationSize of(List<ArgumentFact> arguments, List<Integer> indices, String whenNoSize) {
    if (indices.isEmpty()) {
      return AllocationSize.unknown(whenNoSize);
    }
    AllocationSize size = null;
    for (int i : indices) {
      if (i >= arguments.size()) {
        return AllocationSize.unknown(whenNoSize);
      }
      AllocationSize one = of(arguments.get(i));
      size = size == null ? one : size.times(one);
    }
    return size;
  }

  AllocationSize of(ArgumentFact argument) {
    boolean usesSizeof = argument.text().contains("sizeof");
    if (argument.value() != null) {
      return new AllocationSize(argument.value(), usesSizeof, null);
    }
    ConstantText.Value folded = ConstantText.fold(argument.text(), this::constant, this::sizeofOperand);
    return folded == null ? AllocationSize.unknown(argument.text())
        : new AllocationSize(folded.value(), folded.estimated(), null);
  }

  /** A {@code const} variable with a constant initializer, by name. */
  ConstantText.Value constant(String name) {
    VariableFact v = variables().get(name);
    if (v == null || !v.isConst() || v.initializer() == null || v.type().indirect()
        || !v.type().arrayDimensions().isEmpty() || !folding.add(name)) {
      return null;
    }
    try {
      String init = v.initializer().trim();
      if (init.startsWith("{") && init.endsWith("}")) {
        init = init.substring(1, init.length() - 1);
      }
      return ConstantText.fold(init, this::constant, this::sizeofOperand);
    } finally {
      folding.remove(name);
    }
  }

  /** {@code sizeof(T)}, {@code sizeof(*p)} or {@code sizeof(x)} for a variable of this unit. */
  private ConstantText.Value sizeofOperand(String operand) {
    String text = operand.trim();
    boolean dereference = text.startsWith("*");
    String name = dereference ? text.substring(1).trim() : text;
    VariableFact v = variables().get(name);
    Long size;
    if (v != null) {
      if (!dereference && v.type().indirect()) {
        return new ConstantText.Value(4, true); // a pointer on the 32-bit targets
      }
      if (dereference != v.type().indirect() || !v.type().arrayDimensions().isEmpty()) {
        return null;
      }
      size = types.sizeOf(v.type().spelled());
    } else if (dereference) {
      return null;
    } else {
      size = types.sizeOf(text);
    }
    return size == null ? null : new ConstantText.Value(size, true);
  }
}
