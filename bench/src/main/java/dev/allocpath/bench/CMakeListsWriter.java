package dev.allocpath.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The CMakeLists.txt files, written the way ESP-IDF components write them: source lists built
 * with {@code set()}, {@code list(APPEND)}, an {@code if()} on an option and sometimes
 * {@code file(GLOB)}, then {@code idf_component_register}, definitions, and the force-included
 * redirect header in {@code target_compile_options}.
 */
final class CMakeListsWriter {
  private final ComponentPlan plan;
  private final Dice dice;
  private final String var;

  CMakeListsWriter(ComponentPlan plan, Dice dice) {
    this.plan = plan;
    this.dice = dice;
    this.var = plan.macroPrefix();
  }

  /** The {@code -D} values of a C component's units; the compile database repeats them. */
  static List<String> definesForC(ComponentPlan plan) {
    String v = plan.macroPrefix();
    return List.of(v + "_ENABLE_STATS=" + (plan.index() % 2 == 0 ? 1 : 0), v + "_MAX_ITEMS=" + (32 + (plan.index() % 4) * 16),
        v + "_USE_CRC");
  }

  static List<String> definesForCpp(ComponentPlan plan) {
    String v = plan.macroPrefix();
    return List.of(v + "_USE_MBEDTLS=1", v + "_ENABLE_MEDIA=1", v + "_ENABLE_WEBSOCKET=0");
  }

  String forC(List<String> sources, List<String> ports) {
    Code c = new Code();
    c.line("# " + plan.name() + ": C component.");
    int first = Math.max(1, sources.size() * 2 / 3);
    boolean gated = sources.size() >= 3;
    int listed = gated ? sources.size() - 1 : sources.size();
    c.line("set(" + var + "_SOURCES");
    for (int i = 0; i < Math.min(first, listed); i++) {
      c.line("    " + sources.get(i));
    }
    c.line(")");
    if (first < listed) {
      c.line("list(APPEND " + var + "_SOURCES");
      for (int i = first; i < listed; i++) {
        c.line("    " + sources.get(i));
      }
      c.line(")");
    }
    if (gated) {
      c.line("set(" + var + "_ENABLE_EXTRAS ON)");
      c.line("if(" + var + "_ENABLE_EXTRAS)");
      c.line("    list(APPEND " + var + "_SOURCES " + sources.get(sources.size() - 1) + ")");
      c.line("endif()");
    }
    for (String port : ports) {
      c.line("# Host port, built by the test harness only:");
      c.line("# list(APPEND " + var + "_SOURCES " + port + ")");
    }
    c.blank();
    register(c, "${" + var + "_SOURCES}", "pthread lwip");
    definitions(c, definesForC(plan));
    options(c, "-Wno-unused-function");
    return c.text();
  }

  String forCpp(List<String> apiSources, List<String> implSources, String gatedOff) {
    Code c = new Code();
    c.line("# " + plan.name() + ": C++17 component.");
    c.line("set(" + var + "_ENABLE_MEDIA ON)");
    c.line("set(" + var + "_ENABLE_WEBSOCKET OFF)");
    c.blank();
    List<String> srcs = new ArrayList<>();
    if (!apiSources.isEmpty()) {
      c.line("# The public API: every source directly under src/.");
      c.line("file(GLOB " + var + "_API_SOURCES \"${CMAKE_CURRENT_SOURCE_DIR}/src/*.cpp\")");
      srcs.add("${" + var + "_API_SOURCES}");
    }
    if (!implSources.isEmpty()) {
      boolean media = implSources.size() >= 2;
      int listed = media ? implSources.size() - 1 : implSources.size();
      int first = Math.max(1, listed * 3 / 4);
      c.line("set(" + var + "_IMPL_SOURCES");
      for (int i = 0; i < first; i++) {
        c.line("    " + implSources.get(i));
      }
      c.line(")");
      for (int i = first; i < listed; i++) {
        c.line("list(APPEND " + var + "_IMPL_SOURCES " + implSources.get(i) + ")");
      }
      if (media) {
        c.line("if(" + var + "_ENABLE_MEDIA)");
        c.line("    list(APPEND " + var + "_IMPL_SOURCES " + implSources.get(implSources.size() - 1) + ")");
        c.line("endif()");
      }
      srcs.add("${" + var + "_IMPL_SOURCES}");
    }
    if (gatedOff != null) {
      c.line("if(" + var + "_ENABLE_WEBSOCKET)");
      c.line("    list(APPEND " + var + "_IMPL_SOURCES " + gatedOff + ")");
      c.line("endif()");
    }
    c.blank();
    register(c, String.join(" ", srcs), "pthread");
    definitions(c, definesForCpp(plan));
    options(c, dice.pickOf("-Wno-missing-field-initializers", "-fexceptions", "-Wno-deprecated-declarations"));
    return c.text();
  }

  static String headerOnly(ComponentPlan plan) {
    return "# " + plan.name() + ": header-only library. Nothing to compile; dependents get the include path.\n"
        + "idf_component_register(INCLUDE_DIRS include)\n";
  }

  static String projectRoot(long seed) {
    return """
        # Synthetic ESP-IDF project generated for the allocpath benchmark (seed %d).
        cmake_minimum_required(VERSION 3.16)

        include($ENV{IDF_PATH}/tools/cmake/project.cmake)
        project(bench_firmware)
        """.formatted(seed);
  }

  private void register(Code c, String srcs, String systemRequires) {
    c.line("idf_component_register(");
    c.line("    SRCS " + srcs);
    c.line("    INCLUDE_DIRS include");
    c.line("    PRIV_INCLUDE_DIRS src");
    if (!plan.requires().isEmpty()) {
      c.line("    REQUIRES " + String.join(" ", plan.requires()));
    }
    List<String> priv = new ArrayList<>(plan.privRequires());
    priv.add(systemRequires);
    c.line("    PRIV_REQUIRES " + String.join(" ", priv));
    c.line(")");
    c.blank();
  }

  private void definitions(Code c, List<String> defines) {
    c.line("target_compile_definitions(${COMPONENT_LIB} PRIVATE");
    for (String d : defines) {
      c.line("    " + d);
    }
    c.line(")");
    c.blank();
  }

  private void options(Code c, String warningFlag) {
    if (plan.redirectOwner() == null) {
      c.line("# This component's allocations are not redirected.");
      c.line("target_compile_options(${COMPONENT_LIB} PRIVATE " + warningFlag + ")");
      return;
    }
    String header = plan.ownsRedirect()
        ? "${CMAKE_CURRENT_LIST_DIR}/include/" + plan.name() + "_redirect.h"
        : "${CMAKE_CURRENT_LIST_DIR}/../" + plan.redirectHeader();
    c.line("# Route this component's C heap to PSRAM.");
    c.line("target_compile_options(${COMPONENT_LIB} PRIVATE");
    c.line("    -include " + header);
    c.line("    " + warningFlag);
    c.line(")");
  }
}
