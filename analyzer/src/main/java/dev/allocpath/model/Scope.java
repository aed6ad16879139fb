package dev.allocpath.model;

/** CMake usage-requirement scope: PRIVATE applies to the component, the others also to dependents. */
public enum Scope {
  PRIVATE,
  PUBLIC,
  INTERFACE;

  /** Whether components that require this one see the setting. */
  public boolean propagates() {
    return this != PRIVATE;
  }

  /** Whether the declaring component itself sees the setting. */
  public boolean appliesToSelf() {
    return this != INTERFACE;
  }
}
