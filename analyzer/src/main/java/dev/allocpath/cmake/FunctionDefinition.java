package dev.allocpath.cmake;

import java.nio.file.Path;
import java.util.List;

/**
 * A user-defined function or macro.
 *
 * @param file the file that defined it ({@code CMAKE_CURRENT_FUNCTION_LIST_DIR} inside the body)
 */
record FunctionDefinition(String name, List<String> params, List<Statement> body, boolean macro, Path file) {}
