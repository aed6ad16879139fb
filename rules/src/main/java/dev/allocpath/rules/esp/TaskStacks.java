package dev.allocpath.rules.esp;

import dev.allocpath.api.Settings;
import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ArgumentFact;
import dev.allocpath.facts.CallFact;
import dev.allocpath.facts.ProjectFacts;
import dev.allocpath.facts.UnitFacts;
import dev.allocpath.facts.VariableFact;
import dev.allocpath.model.BuildConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every task and thread the project creates, with its stack size and where the stack lands:
 *
 * <ul>
 *   <li>{@code xTaskCreate}, {@code xTaskCreatePinnedToCore}: stack (in bytes on ESP-IDF) and TCB
 *       from internal RAM;
 *   <li>{@code xTaskCreateWithCaps}, {@code xTaskCreatePinnedToCoreWithCaps}: the stack where the
 *       caps argument says, the TCB internal;
 *   <li>{@code xTaskCreateStatic}, {@code xTaskCreateStaticPinnedToCore}: the caller's buffers;
 *       the stack is in PSRAM when its buffer is declared {@code EXT_RAM_BSS_ATTR} and the
 *       configuration allows PSRAM stacks ({@code CONFIG_SPIRAM_ALLOW_STACK_EXTERNAL_MEMORY});
 *   <li>{@code pthread_create} (directly, through macros and wrappers, as the thread rule finds
 *       them) and {@code std::thread}: the stack from {@code pthread_attr_setstacksize}, else the
 *       {@code esp_pthread_cfg_t} in force ({@link PthreadConfigs}), else
 *       {@code CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT}; internal unless that configuration's
 *       {@code stack_alloc_caps} asks for SPIRAM.
 * </ul>
 *
 * Only live code is seen (the facts leave out {@code #if 0} and other inactive branches).
 */
public final class TaskStacks {
  /** FreeRTOS creation functions: handle argument (for wrappers), stack size, caps, buffer. */
  private record Primitive(int handle, int stack, int caps, int stackBuffer) {}

  private static final Map<String, Primitive> PRIMITIVES = Map.of(
      "xTaskCreate", new Primitive(5, 2, -1, -1),
      "xTaskCreatePinnedToCore", new Primitive(5, 2, -1, -1),
      "xTaskCreateWithCaps", new Primitive(5, 2, 6, -1),
      "xTaskCreatePinnedToCoreWithCaps", new Primitive(5, 2, 7, -1),
      "xTaskCreateStatic", new Primitive(5, 2, -1, 5),
      "xTaskCreateStaticPinnedToCore", new Primitive(5, 2, -1, 5));

  static final String PSRAM_SECTION_PREFIX = ".ext_ram";
  private static final String ALLOW_EXTERNAL_STACK = "CONFIG_SPIRAM_ALLOW_STACK_EXTERNAL_MEMORY";
  private static final String PTHREAD_DEFAULT_STACK = "CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT";
  private static final int PTHREAD_ATTRIBUTE = 1;

  private TaskStacks() {}

  /**
   * Every creation in live code, each site once, sorted by location. Computed once per run: the
   * stack rule and the bill both ask for it.
   */
  public static List<TaskStack> find(ProjectFacts facts, Settings settings) {
    return facts.derived(List.of(TaskStacks.class, settings), f -> findAll(f, settings));
  }

  private static List<TaskStack> findAll(ProjectFacts facts, Settings settings) {
    BuildConfig config = facts.model().config();
    Set<String> startup = StartupCode.functions(facts);
    Map<String, TaskStack> bySite = new LinkedHashMap<>();
    for (ComponentCode code : ComponentCode.byComponent(facts).values()) {
      ConstantExpressions constants = ConstantExpressions.ofComponent(facts, code.component);
      CallGraph graph = new CallGraph(code.functions, code.calls);
      PthreadConfigs configs = new PthreadConfigs(code, graph);
      List<TaskStack> found = new ArrayList<>();
      tasks(code, constants, config, found);
      threads(facts, code, constants, configs, startup, settings, found);
      for (TaskStack stack : found) {
        bySite.putIfAbsent(stack.location() + "|" + stack.how(), stack);
      }
    }
    List<TaskStack> all = new ArrayList<>(bySite.values());
    all.sort(Comparator.comparing(TaskStack::location).thenComparing(TaskStack::how));
    return List.copyOf(all);
  }

  private static void tasks(ComponentCode code, ConstantExpressions constants, BuildConfig config, List<TaskStack> into) {
    Map<String, Integer> handles = new TreeMap<>();
    PRIMITIVES.forEach((name, p) -> handles.put(name, p.handle()));
    HandleWrappers wrappers = new HandleWrappers(code, handles);
    Map<String, VariableFact> variables = new LinkedHashMap<>();
    code.variables.forEach(v -> variables.putIfAbsent(v.storageKey(), v));
    for (CallFact call : code.calls) {
      if (wrappers.handleArgument(call) == null || wrappers.forwardsParameter(call)) {
        continue;
      }
      HandleWrappers.Wrapper wrapper = wrappers.wrapper(call.callee());
      String primitiveName = wrapper == null ? call.callee()
          : wrapper.innerCalls().get(wrapper.innerCalls().size() - 1).callee();
      Primitive primitive = PRIMITIVES.get(primitiveName);
      if (primitive == null) {
        continue;
      }
      String how = wrapper == null ? call.callee() : "wrapper '" + call.callee() + "' (" + primitiveName + ")";
      ArgumentFact stackArgument = wrappers.argumentReaching(call, primitive.stack());
      String stackText = stackArgument == null ? null : stackArgument.text();
      ConstantExpressions.Folded size = constants.fold(stackText);
      MemoryKind memory = MemoryKind.INTERNAL;
      String decided = primitiveName + " allocates the stack from internal RAM";
      SourceLocation decidedAt = null;
      boolean staticStack = false;
      if (primitive.caps() >= 0) {
        ArgumentFact caps = wrappers.argumentReaching(call, primitive.caps());
        MemoryKind asked = caps == null ? null : MemoryCaps.of(caps.text(), constants);
        memory = asked == null ? MemoryKind.INTERNAL : asked;
        decided = caps == null ? "its caps argument is not known, so the stack is counted as internal"
            : asked == null ? "its caps argument '" + caps.text() + "' cannot be read, so the stack is counted as internal"
            : "its caps argument '" + caps.text() + "' puts the stack in " + describe(asked);
      } else if (primitive.stackBuffer() >= 0) {
        staticStack = true;
        ArgumentFact buffer = wrappers.argumentReaching(call, primitive.stackBuffer());
        VariableFact declared = buffer == null || buffer.storage() == null ? null
            : variables.get(buffer.storage().replace("[]", ""));
        String section = declared == null ? null : declared.section();
        KconfigOption allowed = KconfigOption.read(config, ALLOW_EXTERNAL_STACK);
        String name = buffer == null ? "?" : buffer.text();
        if (declared != null) {
          decidedAt = declared.location();
        }
        if (section != null && section.startsWith(PSRAM_SECTION_PREFIX)) {
          if (allowed.enabled() || !allowed.fromConfiguration()) {
            memory = MemoryKind.PSRAM;
            decided = "its stack buffer '" + name + "' is declared in section " + section + " (EXT_RAM_BSS_ATTR)"
                + (allowed.fromConfiguration() ? " and " + allowed.describeBool() + " allows PSRAM stacks"
                    : ", which is PSRAM when " + ALLOW_EXTERNAL_STACK + " is set (no configuration says otherwise)");
          } else {
            decided = "its stack buffer '" + name + "' is declared in section " + section
                + ", but " + allowed.describeBool() + ", so ESP-IDF keeps task stacks in internal RAM";
          }
        } else {
          decided = "its stack buffer '" + name + "' is " + (declared == null ? "a buffer whose declaration is not seen"
              : "declared without EXT_RAM_BSS_ATTR") + ", in internal RAM";
        }
      }
      into.add(new TaskStack(call.location(), code.component, call.enclosingFunction(), how,
          size.value(), stackText, size.basis(), sizeFrom(size, stackText), memory, decided, decidedAt,
          staticStack, staticStack, wrapper == null ? List.of() : wrapper.innerCalls()));
    }
  }

  private static void threads(ProjectFacts facts, ComponentCode code, ConstantExpressions constants, PthreadConfigs configs,
      Set<String> startup, Settings settings, List<TaskStack> into) {
    Set<String> seen = new HashSet<>();
    for (ThreadCreation creation : ThreadCreations.of(facts, code, settings).creations()) {
      if (!seen.add(creation.location().toString())) {
        continue;
      }
      String function = creation.call() != null ? creation.call().enclosingFunction() : enclosing(code, creation.location());
      String attributeSize = attributeStackSize(code, creation.attribute());
      PthreadConfigs.Config config = configs.reaching(function, creation.location(), startup);
      String stackText;
      String from;
      SourceLocation decidedAt = config == null ? null : config.setAt();
      if (attributeSize != null) {
        stackText = attributeSize;
        from = "pthread_attr_setstacksize on its attribute";
      } else if (config != null && config.stackText() != null) {
        stackText = config.stackText();
        from = "esp_pthread_cfg_t.stack_size set by " + config.how();
      } else {
        stackText = PTHREAD_DEFAULT_STACK;
        from = config != null ? "the esp_pthread_cfg_t set by " + config.how() + ", which keeps the default "
            + PTHREAD_DEFAULT_STACK : PTHREAD_DEFAULT_STACK + " (no esp_pthread_set_cfg reaches it)";
      }
      ConstantExpressions.Folded size = constants.fold(stackText);
      MemoryKind memory = MemoryKind.INTERNAL;
      String decided;
      if (config == null) {
        decided = "no esp_pthread_set_cfg reaches it, and ESP-IDF's default pthread configuration allocates"
            + " the stack from internal RAM";
      } else if (config.capsText() == null) {
        decided = "the esp_pthread_cfg_t set by " + config.how() + " keeps the default stack_alloc_caps"
            + " (internal RAM)";
      } else {
        MemoryKind asked = MemoryCaps.of(config.capsText(), constants);
        memory = asked == null ? MemoryKind.INTERNAL : asked;
        decided = "the esp_pthread_cfg_t set by " + config.how() + " has stack_alloc_caps '" + config.capsText()
            + "'" + (asked == null ? ", which cannot be read, so the stack is counted as internal"
                : ": " + describe(asked));
      }
      into.add(new TaskStack(creation.location(), code.component, function, creation.how(), size.value(),
          stackText, size.basis(), from + sizeNote(size), memory, decided, decidedAt, false, false,
          creation.innerCalls()));
    }
  }

  /** pthread_attr_setstacksize(&attr, n) on the attribute a thread is created with. */
  private static String attributeStackSize(ComponentCode code, String attribute) {
    if (attribute == null) {
      return null;
    }
    String size = null;
    for (CallFact call : code.calls) {
      if (call.callee().equals("pthread_attr_setstacksize") && call.arguments().size() == 2
          && attribute.equals(call.arguments().get(0).storage())) {
        size = call.arguments().get(1).text();
      }
    }
    return size;
  }

  private static String enclosing(ComponentCode code, SourceLocation where) {
    for (var assignment : code.assignments) {
      if (assignment.location().equals(where)) {
        return assignment.enclosingFunction();
      }
    }
    return "";
  }

  private static String sizeFrom(ConstantExpressions.Folded size, String text) {
    return (text == null ? "the stack size argument is not known" : "the stack size argument '" + text + "'")
        + sizeNote(size);
  }

  private static String sizeNote(ConstantExpressions.Folded size) {
    return size.configUsed().isEmpty() ? "" : " (" + String.join(", ", size.configUsed()) + ")";
  }

  static String describe(MemoryKind memory) {
    return switch (memory) {
      case INTERNAL -> "internal RAM";
      case PSRAM -> "PSRAM";
      case DEPENDS_ON_SIZE -> "whichever heap has room (internal RAM first for small blocks)";
    };
  }
}
