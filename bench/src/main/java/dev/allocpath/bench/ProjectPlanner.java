package dev.allocpath.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides the components of a project of a given scale: how many, which language, how many
 * translation units each, who depends on whom and whose allocations are redirected.
 *
 * <p>Scale 1 has {@value #UNITS_PER_SCALE} compiled units, like the reference WebRTC tree (123).
 * A larger scale adds components rather than making them bigger, the way real projects grow.
 * Component {@code i} depends only on the seed and {@code i}, so a scale-4 tree starts with the
 * components of the scale-1 tree (only the last one of the smaller tree may be cut short, and in trees under 48 units the first).
 */
final class ProjectPlanner {
  static final int UNITS_PER_SCALE = 120;
  /** Compiled components a new component may depend on: the most recent ones only. */
  private static final int DEPENDENCY_WINDOW = 6;
  /** The most units one component gets. */
  private static final int MAX_COMPONENT_UNITS = 24;

  private ProjectPlanner() {}

  static List<ComponentPlan> plan(double scale, long seed) {
    int target = Math.max(1, (int) Math.round(UNITS_PER_SCALE * scale));
    List<ComponentPlan> plans = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int total = 0;
    for (int index = 0; total < target; index++) {
      Dice dice = Dice.forPart(seed, index);
      ComponentKind kind = kindOf(index, plans.stream().filter(p -> p.kind().compiled()).count());
      String name = uniqueName(dice, kind, names);
      int units = 0;
      if (kind.compiled()) {
        units = dice.between(8, MAX_COMPONENT_UNITS);
        if (target < 2 * MAX_COMPONENT_UNITS && plans.stream().noneMatch(p -> p.kind().compiled())) {
          // Keep room for the second language in very small trees (the CI smoke).
          units = Math.min(units, Math.max(1, (target + 1) / 2));
        }
        units = Math.min(units, target - total);
        total += units;
      }
      List<String> requires = headerDependencies(kind, plans);
      List<String> privRequires = kind.compiled() ? compiledDependencies(kind, plans, dice) : List.of();
      long sameKind = plans.stream().filter(p -> p.kind() == kind).count();
      String redirect = kind.compiled() ? redirectOwner(kind, sameKind, name, plans, dice) : null;
      plans.add(new ComponentPlan(index, name, kind, units, dice.nextLong(), requires, privRequires, redirect));
    }
    return plans;
  }

  private static ComponentKind kindOf(int index, long compiledSoFar) {
    if (index == 0 || (index % 8 == 7 && (index / 8) % 2 == 0)) {
      return ComponentKind.CPP_HEADERS;
    }
    if (index == 1 || index % 8 == 7) {
      return ComponentKind.C_HEADERS;
    }
    // Alternating keeps the language mix near the reference's (62 C++ and 61 C units) at every scale.
    return compiledSoFar % 2 == 0 ? ComponentKind.CPP : ComponentKind.C;
  }

  private static String uniqueName(Dice dice, ComponentKind kind, Set<String> taken) {
    String base = switch (kind) {
      case CPP_HEADERS -> dice.pickOf("rtc", "sys", "app", "base") + "_common";
      case C_HEADERS -> dice.pickOf("osal", "port", "hal", "compat") + "_layer";
      default -> dice.pick(Vocabulary.AREAS) + "_" + dice.pick(Vocabulary.ROLES);
    };
    String name = base;
    for (int n = 2; !taken.add(name); n++) {
      name = base + n;
    }
    return name;
  }

  /** The newest header-only component of the matching language: its headers are everywhere. */
  private static List<String> headerDependencies(ComponentKind kind, List<ComponentPlan> earlier) {
    if (!kind.compiled()) {
      return List.of();
    }
    ComponentKind wanted = kind == ComponentKind.CPP ? ComponentKind.CPP_HEADERS : ComponentKind.C_HEADERS;
    for (int i = earlier.size() - 1; i >= 0; i--) {
      if (earlier.get(i).kind() == wanted) {
        return List.of(earlier.get(i).name());
      }
    }
    return List.of();
  }

  /** Zero to two recent compiled components; C code can only use C components' headers. */
  private static List<String> compiledDependencies(ComponentKind kind, List<ComponentPlan> earlier, Dice dice) {
    List<ComponentPlan> candidates = new ArrayList<>();
    for (int i = earlier.size() - 1; i >= 0 && candidates.size() < DEPENDENCY_WINDOW; i--) {
      ComponentPlan p = earlier.get(i);
      if (p.kind() == ComponentKind.C || (kind == ComponentKind.CPP && p.kind() == ComponentKind.CPP)) {
        candidates.add(p);
      }
    }
    int wanted = Math.min(candidates.size(), dice.between(0, 2));
    List<String> chosen = new ArrayList<>();
    while (chosen.size() < wanted) {
      String name = dice.pick(candidates).name();
      if (!chosen.contains(name)) {
        chosen.add(name);
      }
    }
    chosen.sort(String::compareTo);
    return chosen;
  }

  /**
   * Most C components redirect malloc to PSRAM; every third forgets, like libsrtp in the seed
   * analysis (a fixed rhythm, so every scale-1 tree has some). Half the C++ ones redirect.
   */
  private static String redirectOwner(
      ComponentKind kind, long sameKindBefore, String name, List<ComponentPlan> earlier, Dice dice) {
    boolean redirected = kind == ComponentKind.C ? sameKindBefore % 3 != 1 : dice.chance(0.5);
    if (!redirected) {
      return null;
    }
    List<String> owners = new ArrayList<>();
    for (ComponentPlan p : earlier) {
      if (p.ownsRedirect() && p.index() >= earlier.size() - DEPENDENCY_WINDOW) {
        owners.add(p.name());
      }
    }
    if (!owners.isEmpty() && dice.chance(0.3)) {
      return dice.pick(owners);
    }
    return name;
  }
}
