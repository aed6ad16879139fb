package dev.allocpath.cmake;

import java.util.List;

/**
 * A command invocation: {@code name(arguments)}. Parentheses nested in the arguments are kept as
 * unquoted "(" and ")" arguments, as CMake passes them (that is how {@code if((a OR b) AND c)}
 * works).
 *
 * @param name lower-cased (CMake command names are case-insensitive)
 * @param line 1-based line of the command name
 */
public record CMakeCommand(String name, List<CMakeArgument> arguments, int line) {
  public CMakeCommand {
    arguments = List.copyOf(arguments);
  }
}
