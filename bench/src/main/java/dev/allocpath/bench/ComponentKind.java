package dev.allocpath.bench;

/** What a generated component contains. */
enum ComponentKind {
  /** C sources and headers (structs, pthreads, malloc/free through macros). */
  C,
  /** C++ classes with mutex, thread, shared_ptr and container members. */
  CPP,
  /** Header-only C++ utilities (synchronized_callback, a queue template, byte helpers). */
  CPP_HEADERS,
  /** Header-only C portability layer (logging and bit macros, inline helpers). */
  C_HEADERS;

  boolean compiled() {
    return this == C || this == CPP;
  }

  boolean cpp() {
    return this == CPP || this == CPP_HEADERS;
  }
}
