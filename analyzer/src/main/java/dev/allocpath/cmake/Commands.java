package dev.allocpath.cmake;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The table of built-in commands, assembled from the handler classes. */
final class Commands {
  private Commands() {}

  private static final Set<String> CONTROL =
      Set.of(
          "if", "elseif", "else", "endif", "foreach", "endforeach", "while", "endwhile", "function",
          "endfunction", "macro", "endmacro", "block", "endblock", "return", "break", "continue");

  static Map<String, CommandHandler> builtins() {
    Map<String, CommandHandler> table = new HashMap<>();
    VariableCommands.register(table);
    ListCommand.register(table);
    StringCommand.register(table);
    MathCommand.register(table);
    FileCommand.register(table);
    PathCommands.register(table);
    IncludeCommand.register(table);
    ComponentCommands.register(table);
    TargetCommands.register(table);
    LibraryCommands.register(table);
    SubdirectoryCommand.register(table);
    BuildPropertyCommands.register(table);
    PropertyCommands.register(table);
    OtherCommands.register(table);
    return Map.copyOf(table);
  }

  static boolean isControlCommand(String name) {
    return CONTROL.contains(name);
  }
}
