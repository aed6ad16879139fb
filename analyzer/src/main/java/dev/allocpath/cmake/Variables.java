package dev.allocpath.cmake;

import java.util.HashMap;
import java.util.Map;

/**
 * One CMake variable scope. A new scope (function call, {@code block()}, component directory)
 * starts as a copy of its parent, as in CMake: reads see the caller's values, writes stay local
 * unless {@code PARENT_SCOPE} is given. Cache entries and the environment are shared by all scopes.
 * The environment is never the process environment: it comes from the options, so runs are
 * deterministic.
 */
final class Variables {
  private final Map<String, String> values;
  private final Variables parent;
  private final Map<String, String> cache;
  private final Map<String, String> env;
  /**
   * Characters stored so far by all scopes of this evaluation (the project file, or one component
   * tree; shared by its scopes): the CMake model's memory budget. Copies of a scope share their strings, so only new values count; an overwritten value
   * is given back.
   */
  private final long[] stored;

  private Variables(Map<String, String> values, Variables parent, Map<String, String> cache, Map<String, String> env,
      long[] stored) {
    this.values = values;
    this.parent = parent;
    this.cache = cache;
    this.env = env;
    this.stored = stored;
  }

  static Variables root(Map<String, String> cache, Map<String, String> env) {
    return new Variables(new HashMap<>(), null, cache, env, new long[1]);
  }

  /** A nested scope that starts with a copy of this scope's variables. */
  Variables child() {
    return new Variables(new HashMap<>(values), this, cache, env, stored);
  }

  /**
   * A nested scope with no parent to write to (a component directory below the project). It gets
   * a budget of its own: the values it starts with are the project's, already counted there, and
   * one hostile component must not use up the budget of the others.
   */
  Variables detachedCopy() {
    return new Variables(new HashMap<>(values), null, cache, env, new long[1]);
  }

  /** Counts {@code value} against the budget, giving back what {@code old} held. */
  private void account(String old, String value) {
    long total = stored[0] + (value == null ? 0 : value.length()) - (old == null ? 0 : old.length());
    if (total > EvaluationLimit.MAX_STORED_CHARS) {
      throw new EvaluationLimit("variables hold more than " + EvaluationLimit.MAX_STORED_CHARS
          + " characters in total (the CMake model's memory budget)");
    }
    stored[0] = Math.max(0, total);
  }

  /** The normal binding if there is one, else the cache entry, else null. */
  String get(String name) {
    String value = values.get(name);
    return value != null ? value : cache.get(name);
  }

  String getOrEmpty(String name) {
    String value = get(name);
    return value == null ? "" : value;
  }

  boolean defined(String name) {
    return values.containsKey(name) || cache.containsKey(name);
  }

  void set(String name, String value) {
    if (value != null) {
      EvaluationLimit.check(value.length());
    }
    account(values.get(name), value);
    values.put(name, value);
  }

  void unset(String name) {
    account(values.remove(name), null);
  }

  /** {@code set(... PARENT_SCOPE)}; false when there is no parent scope (CMake warns and ignores). */
  boolean setInParent(String name, String value) {
    if (parent == null) {
      return false;
    }
    if (value == null) {
      parent.values.remove(name);
    } else {
      EvaluationLimit.check(value.length());
      account(parent.values.get(name), value);
      parent.values.put(name, value);
    }
    return true;
  }

  String cache(String name) {
    return cache.get(name);
  }

  boolean cacheDefined(String name) {
    return cache.containsKey(name);
  }

  /**
   * {@code set(NAME value CACHE type doc [FORCE])}. Projects written for CMake older than 3.21
   * (ESP-IDF's minimum is 3.16) get the old behaviour: the normal binding of the same name is removed,
   * so the cache value becomes visible.
   */
  void setCache(String name, String value, boolean force) {
    if (force || !cache.containsKey(name)) {
      if (value != null) {
        EvaluationLimit.check(value.length());
      }
      account(cache.get(name), value);
      cache.put(name, value);
    }
    values.remove(name);
  }

  void unsetCache(String name) {
    cache.remove(name);
  }

  String env(String name) {
    return env.get(name);
  }

  boolean envDefined(String name) {
    return env.containsKey(name);
  }

  void setEnv(String name, String value) {
    if (value == null) {
      env.remove(name);
    } else {
      EvaluationLimit.check(value.length());
      account(env.get(name), value);
      env.put(name, value);
    }
  }
}
