package dev.allocpath.rules.esp;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.CallFact;
import java.util.List;

/**
 * One task or thread creation with where its stack and control block land.
 *
 * @param how what creates it, for messages: {@code xTaskCreate}, {@code pthread_create},
 *     {@code std::thread}, {@code wrapper 'spawn'}
 * @param stackBytes the stack size in bytes, null when it cannot be folded
 * @param stackText the stack size as written or as configured, for messages
 * @param stackBasis what the size rests on (source, configuration, ESP-IDF default)
 * @param stackFrom where the size comes from in words ("argument 3", "esp_pthread_cfg_t.stack_size
 *     set at ...", "CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT")
 * @param stackMemory where the stack lands
 * @param decidedBy the fact that decided it, in a sentence fragment
 * @param decidedAt where that fact is, or null (a configuration default)
 * @param staticStack whether the stack is a buffer in static storage (xTaskCreateStatic)
 * @param staticTcb whether the control block is the caller's static {@code StaticTask_t}
 * @param innerCalls for wrappers, the calls down to the primitive
 */
public record TaskStack(
    SourceLocation location,
    String component,
    String enclosingFunction,
    String how,
    Long stackBytes,
    String stackText,
    ConstantExpressions.Basis stackBasis,
    String stackFrom,
    MemoryKind stackMemory,
    String decidedBy,
    SourceLocation decidedAt,
    boolean staticStack,
    boolean staticTcb,
    List<CallFact> innerCalls) {

  public TaskStack {
    innerCalls = List.copyOf(innerCalls);
  }

  /** "a thread" for pthreads and std::thread, "a task" for FreeRTOS's own creation calls. */
  public String noun() {
    return how.startsWith("x") || how.contains("xTask") ? "task" : "thread";
  }
}
