package dev.allocpath.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.model.ConfigValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigResolverTest {
  private static KconfigReader.Definitions kconfig(String text) {
    return KconfigReader.read(List.of(new KconfigReader.Source("components/app/Kconfig", text)),
        (from, path) -> Optional.empty());
  }

  private static Map<String, ConfigValue> file(String text) {
    return SdkconfigFile.parse(text, "sdkconfig");
  }

  private static final String APP = """
      config APP_A
          bool "A"
          default y
      config APP_B
          bool "B"
          default y if APP_A
      config APP_DEPTH
          int "Depth"
          depends on APP_B
          default 4
      config APP_COPY
          int
          default APP_DEPTH
      """;

  @Test
  void fileWinsThenKconfigDefaultsThenDependencies() {
    Map<String, ConfigValue> v = ConfigResolver.resolve(file("# CONFIG_APP_A is not set\n"), kconfig(APP), true);
    assertNull(v.get("CONFIG_APP_A").value());
    assertEquals(ConfigValue.Source.FILE, v.get("CONFIG_APP_A").source());
    assertNull(v.get("CONFIG_APP_B").value(), "default y if APP_A does not apply");
    assertNull(v.get("CONFIG_APP_DEPTH").value(), "depends on APP_B is not met");
    assertTrue(v.get("CONFIG_APP_DEPTH").origin().contains("depends on APP_B not met"), v.get("CONFIG_APP_DEPTH").origin());

    Map<String, ConfigValue> on = ConfigResolver.resolve(file(""), kconfig(APP), true);
    assertEquals("y", on.get("CONFIG_APP_B").value());
    assertEquals("4", on.get("CONFIG_APP_DEPTH").value());
    assertEquals("4", on.get("CONFIG_APP_COPY").value(), "a default naming another option takes its value");
    assertEquals(ConfigValue.Source.KCONFIG_DEFAULT, on.get("CONFIG_APP_DEPTH").source());
    assertEquals("components/app/Kconfig:10", on.get("CONFIG_APP_DEPTH").origin());
  }

  @Test
  void aFileValueWhoseDependenciesFailIsDropped() {
    Map<String, ConfigValue> v = ConfigResolver.resolve(
        file("CONFIG_SPIRAM_MALLOC_ALWAYSINTERNAL=8192\n"), KconfigReader.Definitions.empty(), true);
    assertNull(v.get("CONFIG_SPIRAM_MALLOC_ALWAYSINTERNAL").value(), "SPIRAM is off by default");
    assertTrue(v.get("CONFIG_SPIRAM_MALLOC_ALWAYSINTERNAL").origin().startsWith("sdkconfig:1"));
  }

  @Test
  void builtInDefaultsRespectDependsOnAndChoices() {
    Map<String, ConfigValue> off = ConfigResolver.resolve(file("CONFIG_X=1\n"), KconfigReader.Definitions.empty(), true);
    assertNull(off.get("CONFIG_SPIRAM_MALLOC_ALWAYSINTERNAL").value());
    assertEquals("3072", off.get("CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT").value());
    assertEquals(ConfigValue.Source.BUILTIN_DEFAULT, off.get("CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT").source());
    assertEquals("ESP-IDF 5.5 default", off.get("CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT").origin());
    assertEquals("y", off.get("CONFIG_MBEDTLS_INTERNAL_MEM_ALLOC").value());
    assertEquals("16384", off.get("CONFIG_MBEDTLS_SSL_IN_CONTENT_LEN").value());
    assertEquals("4096", off.get("CONFIG_MBEDTLS_SSL_OUT_CONTENT_LEN").value());

    Map<String, ConfigValue> psram = ConfigResolver.resolve(file("CONFIG_SPIRAM=y\n"), KconfigReader.Definitions.empty(), true);
    assertEquals("y", psram.get("CONFIG_SPIRAM_USE_MALLOC").value());
    assertNull(psram.get("CONFIG_SPIRAM_USE_CAPS_ALLOC").value());
    assertEquals("16384", psram.get("CONFIG_SPIRAM_MALLOC_ALWAYSINTERNAL").value());
    assertEquals("32768", psram.get("CONFIG_SPIRAM_MALLOC_RESERVE_INTERNAL").value());

    Map<String, ConfigValue> caps = ConfigResolver.resolve(
        file("CONFIG_SPIRAM=y\nCONFIG_SPIRAM_USE_CAPS_ALLOC=y\n"), KconfigReader.Definitions.empty(), true);
    assertEquals("y", caps.get("CONFIG_SPIRAM_USE_CAPS_ALLOC").value());
    assertNull(caps.get("CONFIG_SPIRAM_USE_MALLOC").value());
    assertNull(caps.get("CONFIG_SPIRAM_MALLOC_ALWAYSINTERNAL").value(), "only with SPIRAM_USE_MALLOC");
  }

  @Test
  void withoutAFileOnlyTheProjectsOwnSelfContainedDefaultsAreKnown() {
    Map<String, ConfigValue> v = ConfigResolver.resolve(Map.of(), kconfig(APP + """
        config APP_PSRAM_BUFFERS
            bool
            default y if SPIRAM
        """), false);
    assertEquals("y", v.get("CONFIG_APP_A").value());
    assertEquals("4", v.get("CONFIG_APP_DEPTH").value());
    assertFalse(v.containsKey("CONFIG_APP_PSRAM_BUFFERS"), "SPIRAM is unknown without a configuration");
    assertFalse(v.containsKey("CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT"), "no built-in defaults without a file");
  }

  @Test
  void choiceDefaultFollowsItsCondition() {
    String text = """
        config FANCY
            bool
            default y
        choice BOARD
            default BOARD_B if FANCY
            default BOARD_A
            config BOARD_A
                bool
            config BOARD_B
                bool
        endchoice
        """;
    Map<String, ConfigValue> v = ConfigResolver.resolve(Map.of(), kconfig(text), true);
    assertEquals("y", v.get("CONFIG_BOARD_B").value());
    assertNull(v.get("CONFIG_BOARD_A").value());
    Map<String, ConfigValue> picked = ConfigResolver.resolve(file("CONFIG_BOARD_A=y\n"), kconfig(text), true);
    assertEquals("y", picked.get("CONFIG_BOARD_A").value());
    assertNull(picked.get("CONFIG_BOARD_B").value());
    assertEquals("sdkconfig:1", picked.get("CONFIG_BOARD_A").origin());
  }

  @Test
  void everyBuiltInOptionSaysHowItWasChecked() {
    BuiltinOptions table = BuiltinOptions.get();
    for (String name : table.definitions().symbols().keySet()) {
      assertTrue(List.of("checked", "cited", "unchecked").contains(table.status(name)), name);
    }
    assertEquals("ESP-IDF 5.5 default (unchecked)", table.origin("SPIRAM_ALLOW_STACK_EXTERNAL_MEMORY"));
  }
}
