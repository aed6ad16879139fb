/**
 * ESP-IDF projects as allocpath sees them: CMake files in, a {@link dev.allocpath.model.ProjectModel}
 * out.
 *
 * <p>Pipeline, one class per step:
 *
 * <ol>
 *   <li>{@link dev.allocpath.cmake.CMakeReader}: the ANTLR grammar ({@code CMake.g4}) turns text into
 *       {@link dev.allocpath.cmake.CMakeCommand}s; {@code ProgramBuilder} nests them into blocks.
 *   <li>{@code ProjectEvaluation} runs the project CMakeLists.txt, collects components at
 *       {@code project()} ({@code ComponentDiscovery}), then each component's CMakeLists.txt through the
 *       {@code Interpreter} (control flow, user functions) and the command table ({@code Commands}:
 *       variables, lists, strings, files, includes, ESP-IDF and target commands). Arguments are
 *       expanded by {@code ArgumentExpander}; conditions by {@code ConditionEvaluator}.
 *   <li>Commands record {@code ScopedFlag}s in a {@code ComponentState} (or the build-wide
 *       {@code GlobalSettings}); option lists are parsed by {@code CompileOptionParser} and
 *       {@code LinkOptionParser}.
 *   <li>{@code ModelAssembler} builds the records: components with what they declared, and one
 *       compile unit per source with what propagation over REQUIRES/PRIV_REQUIRES gives it
 *       ({@code DependencyGraph}). {@code CompileDatabaseOverlay} then replaces per-file flags with a
 *       compile_commands.json when there is one.
 * </ol>
 *
 * <p>Rules of the package: nothing throws for bad input (everything becomes a notification from
 * {@link dev.allocpath.cmake.NotificationSink}); nothing outside the project root is read unless the
 * options allow it ({@code ProjectFiles} decides); the process environment is never read; output is
 * sorted and uses project-relative paths.
 */
package dev.allocpath.cmake;
