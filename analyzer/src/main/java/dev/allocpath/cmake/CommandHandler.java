package dev.allocpath.cmake;

/** A built-in command. Handlers report what they cannot do through the call; they never throw. */
@FunctionalInterface
interface CommandHandler {
  void run(CommandCall call);
}
