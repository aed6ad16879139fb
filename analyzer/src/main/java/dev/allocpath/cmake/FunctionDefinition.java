package dev.allocpath.cmake;

import java.util.List;

/**
 * A user-defined function or macro.
 *
 * @param definedIn the file that defined it: origins of commands in the body point there, and
 *     {@code CMAKE_CURRENT_FUNCTION_LIST_DIR} is its directory
 */
record FunctionDefinition(
    String name, List<String> params, List<Statement> body, boolean macro, Frame.ListFile definedIn) {}
