package dev.allocpath.bench;

import java.util.List;

/**
 * Comment text for generated code. Real C/C++ is 20-30% comments (file notices, explanations
 * before tricky blocks); the parser skips them almost for free, so without them a generated line
 * would cost the parser more than a real one.
 */
final class Comments {
  private Comments() {}

  private static final List<String> REASONS = List.of(
      "the peer may send this before the handshake completes, so accept it in any state",
      "keep the counters monotonic: the statistics task reads them without the lock",
      "a zero length is legal here and means the sender has nothing queued",
      "the buffer is reused across calls to avoid fragmenting the heap",
      "older firmware sends the fields in the other order; both are accepted",
      "do not hold the lock while calling back into user code",
      "the timeout is in milliseconds to match the configuration file",
      "entries are kept newest first so the common lookup stops early",
      "this path runs at most once per connection, so clarity wins over speed",
      "values above the limit are clamped rather than rejected, as the spec suggests",
      "the checksum covers the header only; the payload has its own",
      "a failed allocation here is not fatal: the caller retries on the next tick",
      "names are truncated, never rejected, to stay compatible with old peers",
      "the state machine may be re-entered from the callback",
      "retries back off exponentially up to the configured cap");

  /** A 1-3 line explanation, in the comment style of the language. */
  static void explain(Code code, Dice dice, boolean cpp) {
    int lines = dice.between(1, 3);
    if (cpp || lines == 1 && dice.chance(0.5)) {
      String prefix = "// ";
      for (int i = 0; i < lines; i++) {
        String reason = dice.pick(REASONS);
        String text = Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".";
        code.line(cpp ? prefix + text : "/* " + text + " */");
      }
      return;
    }
    code.line("/*");
    for (int i = 0; i < lines; i++) {
      String reason = dice.pick(REASONS);
      code.line(" * " + Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ".");
    }
    code.line(" */");
  }

  /** The notice at the top of every file of a component. */
  static void fileNotice(Code code, String component, String what, boolean cpp) {
    String[] text = {
        component + ": " + what,
        "",
        "Part of a synthetic ESP-IDF project generated for the allocpath benchmark. The code",
        "imitates the shape of embedded networking stacks (state machines, buffers, worker",
        "threads, configuration records) so that a static analyzer has realistic work to do.",
        "It is not meant to be built into firmware.",
        "",
        "Permission is granted to use, copy, modify and distribute this file for any purpose,",
        "with or without fee. The file is provided \"as is\", without warranty of any kind.",
        "",
        "SPDX-License-Identifier: 0BSD",
    };
    if (cpp) {
      for (String line : text) {
        code.line(line.isEmpty() ? "//" : "// " + line);
      }
      return;
    }
    code.line("/*");
    for (String line : text) {
      code.line(line.isEmpty() ? " *" : " * " + line);
    }
    code.line(" */");
  }
}
