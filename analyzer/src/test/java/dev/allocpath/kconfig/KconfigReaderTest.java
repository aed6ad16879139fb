package dev.allocpath.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KconfigReaderTest {
  private static KconfigReader.Definitions read(String text) {
    return KconfigReader.read(List.of(new KconfigReader.Source("main/Kconfig.projbuild", text)),
        (from, path) -> Optional.empty());
  }

  @Test
  void readsTypesDefaultsConditionsAndHelpText() {
    KconfigReader.Definitions d = read("""
        menu "App"
            config APP_ON
                bool "On"
                default y
                help
                    Help text with words like config FAKE and default n,
                    which are not keywords here.

            config APP_SIZE
                int "Size"
                range 1 100
                default 64 if APP_ON
                default 8
            config APP_NAME
                string
                default "x # not a comment"
        endmenu
        """);
    assertEquals(List.of("APP_ON", "APP_SIZE", "APP_NAME"), List.copyOf(d.symbols().keySet()));
    assertEquals("bool", d.symbols().get("APP_ON").type());
    KconfigSymbol size = d.symbols().get("APP_SIZE");
    assertEquals("int", size.type());
    assertEquals(2, size.defaults().size());
    assertEquals("64", size.defaults().get(0).value());
    assertEquals("main/Kconfig.projbuild:12", size.defaults().get(0).origin());
    assertEquals("\"x # not a comment\"", d.symbols().get("APP_NAME").defaults().get(0).value());
    assertTrue(d.problems().isEmpty(), d.problems().toString());
  }

  @Test
  void menuAndIfConditionsBecomeDependencies() {
    KconfigReader.Definitions d = read("""
        menu "Net"
            depends on NET
            if FAST
                config NET_TURBO
                    bool
                    depends on !SLOW
            endif
        endmenu
        """);
    KconfigExpression deps = d.symbols().get("NET_TURBO").dependsOn();
    assertTrue(deps.holds(Map.of("NET", "y", "FAST", "y")::get));
    assertFalse(deps.holds(Map.of("NET", "y", "FAST", "y", "SLOW", "y")::get));
    assertFalse(deps.holds(Map.of("FAST", "y")::get));
  }

  @Test
  void choicesKeepMembersAndDefault() {
    KconfigReader.Definitions d = read("""
        choice BOARD
            prompt "Board"
            default BOARD_B if FANCY
            default BOARD_A
            config BOARD_A
                bool "A"
            config BOARD_B
                bool "B"
        endchoice
        config AFTER
            bool
        """);
    KconfigChoice choice = d.choices().get(0);
    assertEquals("BOARD", choice.name());
    assertEquals(List.of("BOARD_A", "BOARD_B"), choice.members());
    assertEquals("BOARD", d.symbols().get("BOARD_B").choice());
    assertNull(d.symbols().get("AFTER").choice());
    assertEquals(2, choice.defaults().size());
  }

  @Test
  void rsourceIsFollowedThroughTheLoaderAndSourceOfTheSdkIsListed() {
    KconfigReader.Definitions d = KconfigReader.read(
        List.of(new KconfigReader.Source("components/a/Kconfig", """
            rsource "Kconfig.extra"
            orsource "Kconfig.missing"
            source "$IDF_PATH/components/esp_psram/Kconfig"
            """)),
        (from, path) -> path.equals("Kconfig.extra")
            ? Optional.of(new KconfigReader.Source("components/a/Kconfig.extra", "config EXTRA\n    bool\n"))
            : Optional.empty());
    assertTrue(d.symbols().containsKey("EXTRA"));
    assertEquals(1, d.problems().size(), d.problems().toString());
    assertTrue(d.problems().get(0).message().contains("not read"));
  }

  @Test
  void selfIncludingRsourceStopsAtTheDepthLimit() {
    KconfigReader.Definitions d = KconfigReader.read(
        List.of(new KconfigReader.Source("Kconfig", "rsource \"Kconfig\"\n")),
        (from, path) -> Optional.of(new KconfigReader.Source("Kconfig", "rsource \"Kconfig\"\n")));
    assertEquals(1, d.problems().size());
    assertTrue(d.problems().get(0).message().contains("nested more than"));
  }

  @Test
  void brokenInputGivesProblemsNotExceptions() {
    KconfigReader.Definitions d = read("""
        endmenu
        config X
            bool
            depends on (A &&
            default y if )
        frobnicate everything
        choice
            config Y
                bool
        """);
    assertTrue(d.symbols().containsKey("X"));
    assertFalse(d.symbols().get("X").dependsOn().holds(name -> "y"));
    List<String> messages = d.problems().stream().map(KconfigReader.Problem::message).toList();
    assertTrue(messages.stream().anyMatch(m -> m.contains("'endmenu' without 'menu'")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.contains("not understood")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.contains("unknown Kconfig keyword 'frobnicate'")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.contains("unclosed")), messages.toString());
  }

  @Test
  void hugeInputIsReadInBoundedTime() {
    StringBuilder text = new StringBuilder();
    // Linear: 20 000 options take well under a second unloaded; a quadratic reader would take hours.
    for (int i = 0; i < 20_000; i++) {
      text.append("config OPT_").append(i).append("\n    int\n    default ").append(i).append(" if OPT_")
          .append(i + 1).append(" > 3\n");
    }
    long start = System.nanoTime();
    KconfigReader.Definitions d = read(text.toString());
    assertEquals(20_000, d.symbols().size());
    assertTrue(System.nanoTime() - start < 60_000_000_000L, "reading 20 000 options took too long");
  }

  @Test
  void expressionsCompareNumbersAndStrings() {
    Map<String, String> values = Map.of("SIZE", "64", "NAME", "\"esp32\"", "HEX", "0x10");
    assertTrue(KconfigExpression.parse("SIZE >= 32 && SIZE < 100").holds(values::get));
    assertTrue(KconfigExpression.parse("NAME = \"esp32\"").holds(values::get));
    assertTrue(KconfigExpression.parse("HEX = 16").holds(values::get));
    assertTrue(KconfigExpression.parse("!(UNSET || NAME != \"esp32\")").holds(values::get));
    assertFalse(KconfigExpression.parse("UNSET").holds(values::get));
    assertTrue(KconfigExpression.parse("y").holds(values::get));
  }
}
