package dev.allocpath.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Generates a synthetic ESP-IDF project for the benchmark: C and C++ components with headers,
 * CMakeLists.txt files with variables and force-included redirect headers, threads, allocations
 * and mutex members. Scale 1 has about the size of the reference WebRTC tree (about 120 compiled
 * units and 115k lines in them, about 500 C/C++ files); scale N has about N times as much.
 * The same scale and seed always give a byte-identical tree.
 *
 * <p>Command line: {@code ProjectGenerator --out DIR --scale N --seed S [--build-info DIR]};
 * prints the tree's size as {@code key=value} lines.
 */
public final class ProjectGenerator {
  private ProjectGenerator() {}

  /** Generates a project of integral scale; see {@link #generate(Path, double, long)}. */
  public static TreeStats generate(Path out, int scale, long seed) {
    return generate(out, (double) scale, seed);
  }

  /**
   * Writes the project into {@code out}, which must not exist or be empty. Fractional scales
   * below 1 make small trees (0.1 is about a dozen units), for smoke tests.
   */
  public static TreeStats generate(Path out, double scale, long seed) {
    return write(out, scale, seed).stats;
  }

  /** Also writes {@link BuildInfoWriter}'s files into {@code buildInfo} (outside the tree). */
  public static TreeStats generate(Path out, double scale, long seed, Path buildInfo) {
    Result result = write(out, scale, seed);
    try {
      BuildInfoWriter.write(buildInfo, out, result.tree.units());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write build info to " + buildInfo, e);
    }
    return result.stats;
  }

  private record Result(TreeWriter tree, TreeStats stats) {}

  private static Result write(Path out, double scale, long seed) {
    if (!(scale > 0) || scale > 1000) {
      throw new IllegalArgumentException("scale must be in (0, 1000]: " + scale);
    }
    requireEmpty(out);
    List<ComponentPlan> plans = ProjectPlanner.plan(scale, seed);
    Map<String, ComponentPlan> byName = new LinkedHashMap<>();
    plans.forEach(p -> byName.put(p.name(), p));
    TreeWriter tree = new TreeWriter(out);
    tree.write("CMakeLists.txt", CMakeListsWriter.projectRoot(seed));
    tree.write("main/CMakeLists.txt", "idf_component_register(SRCS \"main.c\" INCLUDE_DIRS \".\")\n");
    tree.write("main/main.c", mainSource(plans));
    for (ComponentPlan plan : plans) {
      switch (plan.kind()) {
        case C -> new CComponentWriter(plan, byName, tree).write();
        case CPP -> new CppComponentWriter(plan, byName, tree).write();
        case C_HEADERS -> new CHeaderOnlyWriter(plan, tree).write();
        case CPP_HEADERS -> new CppHeaderOnlyWriter(plan, tree).write();
      }
    }
    return new Result(tree, tree.stats(plans.size()));
  }

  private static String mainSource(List<ComponentPlan> plans) {
    Code c = new Code();
    c.line("/* Application entry point. */");
    c.directive("#include <stdio.h>");
    c.blank();
    c.line("void app_main(void)");
    c.line("{");
    c.line("    printf(\"bench firmware with " + plans.size() + " components\\n\");");
    c.line("}");
    return c.text();
  }

  private static void requireEmpty(Path out) {
    if (!Files.exists(out)) {
      return;
    }
    try (Stream<Path> entries = Files.list(out)) {
      if (entries.findAny().isPresent()) {
        throw new IllegalArgumentException("output directory is not empty: " + out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + out, e);
    }
  }

  public static void main(String[] args) {
    try {
      Cli cli = Cli.parse(args);
      TreeStats stats = cli.buildInfo == null
          ? generate(cli.out, cli.scale, cli.seed)
          : generate(cli.out, cli.scale, cli.seed, cli.buildInfo);
      System.out.print(stats.toProperties());
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("ProjectGenerator: " + e.getMessage());
      System.err.println("usage: ProjectGenerator --out DIR --scale N --seed S [--build-info DIR]");
      System.exit(2);
    }
  }

  private static final class Cli {
    Path out;
    double scale = 1;
    long seed = 1;
    Path buildInfo;

    static Cli parse(String[] args) {
      Cli cli = new Cli();
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--out" -> cli.out = Path.of(need(args[i], value));
          case "--scale" -> cli.scale = number(args[i], need(args[i], value));
          case "--seed" -> cli.seed = integer(args[i], need(args[i], value));
          case "--build-info" -> cli.buildInfo = Path.of(need(args[i], value));
          default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
        }
        i++;
      }
      if (cli.out == null) {
        throw new IllegalArgumentException("--out is required");
      }
      return cli;
    }

    private static String need(String option, String value) {
      if (value == null) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return value;
    }

    private static long integer(String option, String value) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " needs an integer: " + value);
      }
    }

    private static double number(String option, String value) {
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " needs a number: " + value);
      }
    }
  }
}
