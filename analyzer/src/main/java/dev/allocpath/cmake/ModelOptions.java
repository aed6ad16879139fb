package dev.allocpath.cmake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How {@link ProjectModelBuilder} reads a project.
 *
 * @param componentRoots project-relative directories whose direct subdirectories with a
 *     CMakeLists.txt are components (default {@code components})
 * @param extraExcludes component directories to skip, by directory name or project-relative path,
 *     in addition to {@link #DEFAULT_EXCLUDES}
 * @param compileDatabase a compile_commands.json to take per-file flags from; null means
 *     {@code <root>/build/compile_commands.json} when that file exists
 * @param allowOutsideRoot whether files outside the project root may be read (sources, included
 *     CMake files, globbed directories, compile database entries)
 * @param env the environment {@code $ENV{X}} sees; the process environment is never read, so a run
 *     is reproducible
 * @param variables CMake variables defined before any file is read (e.g. {@code CONFIG_*} values
 *     or {@code IDF_TARGET}); they override the built-in ESP-IDF defaults
 * @param sdk what the user says about the ESP-IDF build (sdkconfig, target, version, SDK path)
 */
public record ModelOptions(
    List<String> componentRoots,
    List<String> extraExcludes,
    Path compileDatabase,
    boolean allowOutsideRoot,
    Map<String, String> env,
    Map<String, String> variables,
    dev.allocpath.kconfig.SdkOptions sdk) {

  /** Directories never taken as components unless listed explicitly elsewhere. */
  public static final List<String> DEFAULT_EXCLUDES = List.of("main", "managed_components", "build");

  /**
   * The component roots with {@code main} and {@code managed_components} added when asked for
   * ({@code --with-main}, {@code --with-managed}): each becomes a root of its own, which lifts its
   * default exclusion (see ComponentDiscovery).
   */
  public static List<String> rootsWith(List<String> roots, boolean main, boolean managed) {
    List<String> out = new java.util.ArrayList<>(roots);
    if (main && !out.contains("main")) {
      out.add("main");
    }
    if (managed && !out.contains("managed_components")) {
      out.add("managed_components");
    }
    return List.copyOf(out);
  }

  public ModelOptions {
    componentRoots = List.copyOf(componentRoots);
    extraExcludes = List.copyOf(extraExcludes);
    env = Map.copyOf(env);
    variables = Map.copyOf(variables);
    sdk = sdk == null ? dev.allocpath.kconfig.SdkOptions.none() : sdk;
  }

  /** Options without anything said about the SDK. */
  public ModelOptions(List<String> componentRoots, List<String> extraExcludes, Path compileDatabase,
      boolean allowOutsideRoot, Map<String, String> env, Map<String, String> variables) {
    this(componentRoots, extraExcludes, compileDatabase, allowOutsideRoot, env, variables, null);
  }

  public ModelOptions withSdk(dev.allocpath.kconfig.SdkOptions options) {
    return new ModelOptions(componentRoots, extraExcludes, compileDatabase, allowOutsideRoot, env, variables, options);
  }

  public static ModelOptions defaults() {
    return new ModelOptions(List.of("components"), List.of(), null, false, Map.of(), Map.of());
  }

  public ModelOptions withComponentRoots(List<String> roots) {
    return new ModelOptions(roots, extraExcludes, compileDatabase, allowOutsideRoot, env, variables, sdk);
  }

  public ModelOptions withExtraExcludes(List<String> excludes) {
    return new ModelOptions(componentRoots, excludes, compileDatabase, allowOutsideRoot, env, variables, sdk);
  }

  public ModelOptions withCompileDatabase(Path database) {
    return new ModelOptions(componentRoots, extraExcludes, database, allowOutsideRoot, env, variables, sdk);
  }

  public ModelOptions withAllowOutsideRoot(boolean allow) {
    return new ModelOptions(componentRoots, extraExcludes, compileDatabase, allow, env, variables, sdk);
  }

  public ModelOptions withEnv(Map<String, String> environment) {
    return new ModelOptions(componentRoots, extraExcludes, compileDatabase, allowOutsideRoot, environment, variables, sdk);
  }

  public ModelOptions withVariables(Map<String, String> cmakeVariables) {
    return new ModelOptions(componentRoots, extraExcludes, compileDatabase, allowOutsideRoot, env, cmakeVariables, sdk);
  }

  /** Variables in a stable order (for seeding the evaluator deterministically). */
  Map<String, String> sortedVariables() {
    return new TreeMap<>(variables);
  }
}
