package dev.allocpath.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * One implementation class of a C++ component (in {@code <ns>::impl}), with the members that make
 * ESP-IDF C++ code expensive in internal RAM: mutexes, callbacks holding recursive mutexes,
 * threads, shared pointers and containers.
 */
final class CppClass {
  final ComponentPlan component;
  final String name;
  final String file;
  final List<String> states = new ArrayList<>();
  final List<CppMethod> methods = new ArrayList<>();
  /** Earlier classes of the component this one holds a {@code shared_ptr} to. */
  final List<CppClass> collaborators = new ArrayList<>();
  final boolean worker;
  /** A timer {@code std::thread} member that is started and never joined. */
  final boolean unjoined;
  final boolean detaches;
  final boolean sendMutex;
  final boolean messageCallback;
  final boolean registry;
  final boolean staticNames;
  final int targetLines;

  CppClass(ComponentPlan component, String name, Dice dice, int targetLines) {
    this.component = component;
    this.name = name;
    this.file = name.toLowerCase();
    this.targetLines = targetLines;
    this.worker = dice.chance(0.4);
    this.unjoined = dice.chance(0.05);
    this.detaches = dice.chance(0.15);
    this.sendMutex = dice.chance(0.5);
    this.messageCallback = dice.chance(0.6);
    this.registry = dice.chance(0.35);
    this.staticNames = dice.chance(0.15);
    List<String> pool = new ArrayList<>(List.of("New", "Connecting", "Connected", "Disconnected", "Failed",
        "Closed", "Gathering", "Complete", "Waiting", "Ready"));
    int count = dice.between(3, 7);
    for (int i = 0; i < count; i++) {
      states.add(pool.remove(dice.between(0, pool.size() - 1)));
    }
  }

  String qualified() {
    return component.name() + "::impl::" + name;
  }
}
