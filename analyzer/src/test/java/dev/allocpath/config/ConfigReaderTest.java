package dev.allocpath.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Severity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {
  private final ConfigReader reader =
      new ConfigReader(Set.of("esp-mutex-member", "esp-unjoined-thread"), Set.of("std::mutex", "thread-tcb"));

  @Test
  void readsEverySection() throws ConfigException {
    ProjectConfig config = reader.parse("""
        rules:
          esp-mutex-member: error
          esp-unjoined-thread: off
        components:
          roots: [components, extra]
          exclude: [mdns]
        costs:
          "std::mutex": 96
          thread-tcb: 352
        allocators: [malloc, my_alloc]
        thread-creators: [spawn_task]
        primitives:
          "os::Lock": 92
        """, ".allocpath.yml");
    assertEquals(Severity.ERROR, config.ruleLevels().get("esp-mutex-member"));
    assertFalse(config.enabled("esp-unjoined-thread"));
    assertTrue(config.enabled("esp-mutex-member"));
    assertEquals(List.of("components", "extra"), config.componentRoots());
    assertEquals(List.of("mdns"), config.excludes());
    assertEquals(96, config.settings().number("costs.std::mutex", 84));
    assertEquals(352, config.settings().number("costs.thread-tcb", 340));
    assertEquals(84, config.settings().number("costs.other", 84));
    assertEquals(List.of("malloc", "my_alloc"), config.settings().list("allocators", List.of()));
    assertEquals(List.of("spawn_task"), config.settings().list("thread-creators", List.of()));
    assertEquals(List.of("os::Lock"), config.settings().list("primitives", List.of()));
    assertEquals(92, config.settings().number("primitives.os::Lock", 0));
  }

  @Test
  void primitiveNamesMustBeTypeNames() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> reader.parse("primitives:\n  \"not a type\": 3\n", "c.yml"));
    assertTrue(e.getMessage().startsWith("c.yml:2: primitives: 'not a type' is not a type name"), e.getMessage());
  }

  @Test
  void aliasesOversizeAndDeepNestingAreRefusedWithTheLine() {
    ConfigException alias = assertThrows(ConfigException.class,
        () -> reader.parse("allocators: &a [malloc]\nthread-creators: *a\n", "c.yml"));
    assertTrue(alias.getMessage().startsWith("c.yml:2: YAML aliases (*a) are not supported"), alias.getMessage());
    ConfigException big = assertThrows(ConfigException.class,
        () -> reader.parse("allocators: [" + "x".repeat(YamlTree.MAX_CHARS) + "]\n", "c.yml"));
    assertTrue(big.getMessage().contains("larger than the configuration limit of 1048576 characters"), big.getMessage());
    ConfigException deep = assertThrows(ConfigException.class,
        () -> reader.parse("allocators: " + "[".repeat(1000) + "]".repeat(1000) + "\n", "c.yml"));
    assertTrue(deep.getMessage().startsWith("c.yml"), deep.getMessage());
  }

  @Test
  void emptyFileIsTheDefault() throws ConfigException {
    ProjectConfig config = reader.parse("", "c.yml");
    assertTrue(config.ruleLevels().isEmpty());
    assertNull(config.ruleLevels().get("esp-mutex-member"));
  }

  @Test
  void unknownTopLevelKeyNamesLineAndAllowedKeys() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> reader.parse("rules: {}\nrulez:\n  x: 1\n", "c.yml"));
    assertEquals("c.yml:2: unknown key 'rulez' (allowed: allocators, budget-per, cmake-defines, components, costs, defines, "
        + "idf-path, idf-version, primitives, rules, sdkconfig, target, thread-creators, thread-joiners)", e.getMessage());
  }

  @Test
  void espIdfBuildSettings() throws ConfigException {
    ProjectConfig config = reader.parse(
        "sdkconfig: configs/sdkconfig.board_b\ntarget: esp32s3\nidf-version: 5.3.1\n"
            + "cmake-defines:\n  NOPURE: 1\n  BOARD: devkit\ndefines:\n  - HOST_CHECK\n  - LEVEL=2\n", "c.yml");
    assertEquals("configs/sdkconfig.board_b", config.single("sdkconfig").orElseThrow());
    assertEquals("esp32s3", config.single("target").orElseThrow());
    assertEquals("5.3.1", config.single("idf-version").orElseThrow());
    assertEquals(java.util.List.of("NOPURE=1", "BOARD=devkit"), config.lists().get("cmake-defines"));
    assertEquals(java.util.List.of("HOST_CHECK", "LEVEL=2"), config.lists().get("defines"));
    ConfigException list = assertThrows(ConfigException.class, () -> reader.parse("target:\n  - a\n", "c.yml"));
    assertEquals("c.yml:1: target must be a single value", list.getMessage());
  }

  @Test
  void unknownRuleIdIsRejected() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> reader.parse("rules:\n  esp-mutex-membr: off\n", "c.yml"));
    assertTrue(e.getMessage().startsWith("c.yml:2: unknown key 'rules.esp-mutex-membr'"), e.getMessage());
  }

  @Test
  void badLevelIsRejectedWithAllowedValues() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> reader.parse("rules:\n  esp-mutex-member: loud\n", "c.yml"));
    assertEquals("c.yml:2: rules.esp-mutex-member: 'loud' is not a level (allowed: off, note, warning, error)",
        e.getMessage());
  }

  @Test
  void badCostIsRejected() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> reader.parse("costs:\n  thread-tcb: -3\n", "c.yml"));
    assertTrue(e.getMessage().startsWith("c.yml:2: costs.thread-tcb: '-3' is not a byte count"), e.getMessage());
    ConfigException unknown = assertThrows(ConfigException.class,
        () -> reader.parse("costs:\n  std::mutexx: 3\n", "c.yml"));
    assertTrue(unknown.getMessage().contains("unknown key 'costs.std::mutexx'"), unknown.getMessage());
  }

  @Test
  void wrongShapesAreRejected() {
    assertThrows(ConfigException.class, () -> reader.parse("- a\n- b\n", "c.yml"));
    assertThrows(ConfigException.class, () -> reader.parse("allocators: malloc\n", "c.yml"));
    assertThrows(ConfigException.class, () -> reader.parse("components: [a]\n", "c.yml"));
    assertThrows(ConfigException.class, () -> reader.parse("allocators: [[a]]\n", "c.yml"));
  }

  @Test
  void malformedYamlIsOneLine() {
    ConfigException e = assertThrows(ConfigException.class, () -> reader.parse("rules: [\n", "c.yml"));
    assertTrue(e.getMessage().startsWith("c.yml: not valid YAML: "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void duplicateKeysAreRejected() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> reader.parse("allocators: [a]\nallocators: [b]\n", "c.yml"));
    assertTrue(e.getMessage().contains("appears twice"), e.getMessage());
  }

  @Test
  void budgetPerIsAListOfClassNames() throws ConfigException {
    ProjectConfig config = reader.parse("budget-per: [rtc::PeerConnection, Session]\n", "c.yml");
    assertEquals(java.util.List.of("rtc::PeerConnection", "Session"),
        config.settings().list("budget-per", java.util.List.of()));
    ConfigException e = assertThrows(ConfigException.class, () -> reader.parse("budget-per: PeerConnection\n", "c.yml"));
    assertEquals("c.yml:1: budget-per must be a list of names", e.getMessage());
  }
}
