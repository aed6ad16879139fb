package dev.allocpath.cmake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Notification;
import dev.allocpath.kconfig.SdkOptions;
import dev.allocpath.model.BuildConfig;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.ConfigValue;
import dev.allocpath.model.ProjectModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationFilesTest {
  @TempDir Path dir;

  private ProjectTree project() {
    ProjectTree tree = new ProjectTree(dir);
    tree.file("components/app/CMakeLists.txt", "idf_component_register(SRCS app.c)\n");
    tree.file("components/app/app.c", "int x;\n");
    return tree;
  }

  private static ProjectModel build(ProjectTree tree, SdkOptions sdk) {
    return ProjectModelBuilder.build(tree.root, ModelOptions.defaults().withSdk(sdk));
  }

  private static ProjectModel build(ProjectTree tree) {
    return build(tree, SdkOptions.none());
  }

  private static SdkOptions sdk(Path sdkconfig, String target, Map<String, String> cache) {
    return new SdkOptions(sdkconfig, target, null, null, Map.of(), cache);
  }

  private static String value(ProjectModel model, String name) {
    return model.config().value(name).map(ConfigValue::value).orElse(null);
  }

  private static List<String> lines(ProjectModel model) {
    return model.notifications().stream().map(Notification::toLine).toList();
  }

  @Test
  void firstFoundWinsInEspIdfOrder() {
    ProjectTree tree = project();
    tree.file("sdkconfig.defaults", "CONFIG_LAYER=\"defaults\"\n");
    assertEquals("\"defaults\"", value(build(tree), "CONFIG_LAYER"));
    tree.file("sdkconfig", "CONFIG_LAYER=\"sdkconfig\"\n");
    assertEquals("\"sdkconfig\"", value(build(tree), "CONFIG_LAYER"));
    tree.file("build/config/sdkconfig.h", "#define CONFIG_LAYER \"header\"\n");
    assertEquals("\"header\"", value(build(tree), "CONFIG_LAYER"));
    tree.file("build/config/sdkconfig.json", "{\"LAYER\": \"json\"}\n");
    ProjectModel json = build(tree);
    assertEquals("\"json\"", value(json, "CONFIG_LAYER"));
    assertEquals("build/config/sdkconfig.json", json.config().description());
    Path board = tree.file("boards/sdkconfig.board", "CONFIG_LAYER=\"board\"\n");
    ProjectModel chosen = build(tree, sdk(board, null, Map.of()));
    assertEquals("\"board\"", value(chosen, "CONFIG_LAYER"));
    assertEquals("boards/sdkconfig.board", chosen.config().description());
  }

  @Test
  void defaultsFilesComeFromSdkconfigDefaultsAndTheTargetVariant() {
    ProjectTree tree = project();
    tree.file("CMakeLists.txt", """
        cmake_minimum_required(VERSION 3.16)
        set(SDKCONFIG_DEFAULTS "sdkconfig.base;sdkconfig.wifi")
        include($ENV{IDF_PATH}/tools/cmake/project.cmake)
        project(p)
        """);
    tree.file("sdkconfig.defaults", "CONFIG_NOT_READ=y\n");
    tree.file("sdkconfig.base", "CONFIG_IDF_TARGET=\"esp32s3\"\nCONFIG_BASE=y\n");
    tree.file("sdkconfig.base.esp32s3", "CONFIG_BASE_S3=y\n");
    tree.file("sdkconfig.wifi", "CONFIG_WIFI=y\n");
    ProjectModel model = build(tree);
    assertEquals("sdkconfig.base + sdkconfig.base.esp32s3 + sdkconfig.wifi", model.config().description());
    assertEquals("y", value(model, "CONFIG_BASE_S3"));
    assertEquals("y", value(model, "CONFIG_WIFI"));
    assertNull(value(model, "CONFIG_NOT_READ"));
    assertEquals("y", value(model, "CONFIG_IDF_TARGET_ESP32S3"));
    assertEquals("y", value(model, "CONFIG_IDF_TARGET_ARCH_XTENSA"));
    // --target picks the other variant and overrides CONFIG_IDF_TARGET.
    tree.file("sdkconfig.base.esp32c6", "CONFIG_BASE_C6=y\n");
    ProjectModel c6 = build(tree, sdk(null, "esp32c6", Map.of()));
    assertEquals("y", value(c6, "CONFIG_BASE_C6"));
    assertNull(value(c6, "CONFIG_BASE_S3"));
    assertEquals("\"esp32c6\"", value(c6, "CONFIG_IDF_TARGET"));
    assertEquals(ConfigValue.Source.COMMAND_LINE, c6.config().value("CONFIG_IDF_TARGET").get().source());
  }

  @Test
  void configReachesCmakeAndEveryUnitAsSdkconfigHDefinesIt() {
    ProjectTree tree = project();
    tree.file("sdkconfig", "CONFIG_APP_ON=y\n# CONFIG_APP_OFF is not set\nCONFIG_APP_N=0x20\nCONFIG_APP_S=\"a b\"\n");
    tree.file("components/app/CMakeLists.txt", """
        set(srcs app.c)
        if(CONFIG_APP_ON AND CONFIG_APP_S STREQUAL "a b" AND IDF_TARGET STREQUAL "esp32p4")
          list(APPEND srcs on.c)
        endif()
        if(CONFIG_APP_OFF)
          list(APPEND srcs off.c)
        endif()
        if(DEFINED ENV{ESP_IDF_VERSION} AND IDF_VERSION_MAJOR EQUAL 5 AND FEATURE_X)
          list(APPEND srcs env.c)
        endif()
        idf_component_register(SRCS ${srcs})
        """);
    tree.file("components/app/on.c", "");
    tree.file("components/app/off.c", "");
    tree.file("components/app/env.c", "");
    ProjectModel model = build(tree, sdk(null, null, Map.of("FEATURE_X", "1")));
    List<String> sources = model.units().stream().map(u -> model.relative(u.source())).toList();
    assertEquals(List.of("components/app/app.c", "components/app/env.c", "components/app/on.c"), sources);
    CompileUnit unit = model.units().get(0);
    String header = unit.virtualFiles().get(tree.path(BuildConfig.SDKCONFIG_HEADER));
    assertTrue(header.contains("#define CONFIG_APP_ON 1\n"), header);
    assertTrue(header.contains("#define CONFIG_APP_N 0x20\n"), header);
    assertTrue(header.contains("#define CONFIG_APP_S \"a b\"\n"), header);
    assertFalse(header.contains("CONFIG_APP_OFF"), header);
    assertTrue(header.contains("#define CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT 3072\n"), header);
    assertTrue(unit.includeDirs().contains(tree.path("build/config")));
    assertTrue(unit.forcedIncludes().isEmpty(), "the generated headers are not build flags");
  }

  @Test
  void withoutAConfigurationNothingIsGuessed() {
    ProjectTree tree = project();
    tree.file("components/app/Kconfig", "config APP_OWN\n    bool\n    default y\nconfig APP_PS\n    bool\n    default y if SPIRAM\n");
    ProjectModel model = build(tree);
    assertFalse(model.config().known());
    assertEquals("none", model.config().description());
    assertEquals(Boolean.TRUE, model.config().bool("CONFIG_APP_OWN").orElse(null));
    assertTrue(model.config().bool("CONFIG_APP_PS").isEmpty());
    assertTrue(model.config().bool("CONFIG_SPIRAM").isEmpty());
    String header = model.units().get(0).virtualFiles().get(tree.path(BuildConfig.SDKCONFIG_HEADER));
    assertEquals("#define CONFIG_APP_OWN 1", header.lines().filter(l -> l.startsWith("#define")).findFirst().get());
    assertEquals(1, header.lines().filter(l -> l.startsWith("#define")).count());
  }

  @Test
  void aProjectWithNoConfigurationAndNoKconfigGetsNoSdkconfigHeader() {
    ProjectModel model = build(project());
    assertEquals(BuildConfig.none(), model.config());
    assertFalse(model.units().get(0).virtualFiles().containsKey(dir.resolve(BuildConfig.SDKCONFIG_HEADER)));
  }

  @Test
  void compatibilityHeaderOnlyWhereTheRealOneIsMissingAndNeverWithTheSdk() throws IOException {
    ProjectTree tree = project();
    tree.file("components/app/CMakeLists.txt", "idf_component_register(SRCS app.c INCLUDE_DIRS include)\n");
    tree.file("components/app/include/esp_attr.h", "#define IRAM_ATTR\n");
    ProjectModel model = build(tree);
    String compat = model.units().get(0).virtualFiles().get(tree.path(BuildConfig.SDK_COMPAT_HEADER));
    assertFalse(compat.contains("define IRAM_ATTR"), "the project's own esp_attr.h is found");
    assertTrue(compat.contains("define ESP_LOGI"), compat);
    assertTrue(compat.contains("#define ESP_IDF_VERSION_MAJOR 5\n#define ESP_IDF_VERSION_MINOR 5\n"), compat);

    Path sdk = Files.createDirectories(dir.resolve("sdk/components/log/include"));
    Map<String, String> defines = new java.util.HashMap<>();
    defines.put("HOST", null);
    ProjectModel withSdk = build(tree, new SdkOptions(null, null, "5.3.1", dir.resolve("sdk"), defines, Map.of()));
    CompileUnit unit = withSdk.units().get(0);
    assertFalse(unit.virtualFiles().containsKey(tree.path(BuildConfig.SDK_COMPAT_HEADER)));
    assertTrue(unit.includeDirs().contains(sdk), unit.includeDirs().toString());
    assertEquals("1", unit.defines().get("HOST"));
  }

  @Test
  void brokenBinaryAndHugeConfigurationsAreOneLineEachAndLeaveItUnknown() throws IOException {
    ProjectTree tree = project();
    Files.write(tree.path("sdkconfig"), new byte[] {'C', 'O', 0, 1, 2});
    ProjectModel binary = build(tree);
    assertFalse(binary.config().known());
    assertEquals(List.of("sdkconfig:1: warning: sdkconfig has binary content (NUL bytes) and was not read [kconfig]"),
        lines(binary));

    Files.write(tree.path("sdkconfig"), new byte[] {'C', (byte) 0xC3, (byte) 0x28});
    assertEquals(List.of("sdkconfig:1: warning: sdkconfig is not UTF-8 text and was not read [kconfig]"),
        lines(build(tree)));

    try (var out = Files.newOutputStream(tree.path("sdkconfig"))) {
      byte[] line = "CONFIG_FILLER=y\n".getBytes();
      for (long written = 0; written <= ConfigurationFiles.MAX_BYTES; written += line.length) {
        out.write(line);
      }
    }
    long start = System.nanoTime();
    ProjectModel huge = build(tree);
    assertTrue(System.nanoTime() - start < 60_000_000_000L);
    assertFalse(huge.config().known());
    assertEquals(1, lines(huge).size(), lines(huge).toString());
    assertTrue(lines(huge).get(0).contains("larger than 4 MB and was not read"));

    Files.delete(tree.path("sdkconfig"));
    tree.file("build/config/sdkconfig.json", "{\"A\": [");
    ProjectModel json = build(tree);
    assertFalse(json.config().known());
    assertEquals(List.of("build/config/sdkconfig.json:1: warning: build/config/sdkconfig.json is not valid JSON;"
        + " the configuration is unknown [kconfig]"), lines(json));
  }

  @Test
  void kconfigProblemsAreNotesWithTheirLine() {
    ProjectTree tree = project();
    tree.file("components/app/Kconfig.projbuild", "menu \"A\"\nconfig A\n    bool\n    depends on (B\n");
    tree.file("sdkconfig", "");
    List<String> notes = lines(build(tree));
    assertTrue(notes.contains("components/app/Kconfig.projbuild:4: note: condition '(B' not understood"
        + " (missing ')'); taken as false [kconfig]"), notes.toString());
    assertTrue(notes.stream().anyMatch(l -> l.contains("unclosed menu")), notes.toString());
  }
}
