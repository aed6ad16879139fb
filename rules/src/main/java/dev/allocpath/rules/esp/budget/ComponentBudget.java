package dev.allocpath.rules.esp.budget;

import dev.allocpath.rules.esp.PrimitiveTally;

/**
 * One component's share of internal RAM, as far as it can be told without running the code.
 *
 * @param rawAllocationSites C allocation calls that reach the default heap (esp-unredirected-alloc)
 * @param mutexClasses classes declared here that hold a primitive by value
 * @param wholeObjects primitives of one instance of each class here that is a whole object
 *     (not only a base or a by-value part of another class)
 * @param staticStorage primitives in static storage, once per program
 * @param leakedThreads threads never joined or detached (esp-unjoined-thread warnings)
 * @param undecidedThreads threads the thread rule could not decide about (its notes)
 * @param staticHeapObjects static containers on the default operator new (esp-default-heap-static)
 */
record ComponentBudget(
    String name,
    RedirectState redirect,
    int rawAllocationSites,
    int mutexClasses,
    PrimitiveTally wholeObjects,
    PrimitiveTally staticStorage,
    int leakedThreads,
    long leakedThreadBytes,
    int undecidedThreads,
    int staticHeapObjects) {

  /** What the static estimate adds up to: whole objects, static primitives and leaked TCBs. */
  long estimatedBytes() {
    return wholeObjects.bytes() + staticStorage.bytes() + leakedThreadBytes;
  }

  /** True when some figure uses an estimated (not measured) cost. */
  boolean usesEstimates() {
    return wholeObjects.estimated() || staticStorage.estimated();
  }
}
