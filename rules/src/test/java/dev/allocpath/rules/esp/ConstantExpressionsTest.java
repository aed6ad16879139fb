package dev.allocpath.rules.esp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.allocpath.model.BuildConfig;
import dev.allocpath.model.ConfigValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConstantExpressionsTest {
  private static final ConstantExpressions NONE = new ConstantExpressions(Map.of(
      "STACK", "(4 * 1024)", "rtc::kBig", "STACK << 3", "LOOP_A", "LOOP_B", "LOOP_B", "LOOP_A",
      "HALF", "CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT / 2"), BuildConfig.none());

  @Test
  void foldsLiteralsOperatorsCastsAndNamedConstants() {
    assertEquals(4096L, NONE.fold("4096").value());
    assertEquals(4096L, NONE.fold("0x1000u").value());
    assertEquals(8L, NONE.fold("010").value());
    assertEquals(6144L, NONE.fold("(size_t)(6 * 1024)").value());
    assertEquals(32768L, NONE.fold("kBig").value());
    assertEquals(32768L, NONE.fold("rtc::kBig").value());
    assertEquals(1024L | 4L, NONE.fold("(1 << 10) | (1<<2)").value());
    assertEquals(ConstantExpressions.Basis.SOURCE, NONE.fold("STACK + 1").basis());
    assertEquals(-5L, NONE.fold("-5").value());
  }

  @Test
  void unknownNamesCyclesAndBadArithmeticAreUnknownNotGuessed() {
    assertNull(NONE.fold("depth").value());
    assertEquals(java.util.List.of("depth"), NONE.fold("depth * 2").unknown());
    assertNull(NONE.fold("LOOP_A").value());
    assertNull(NONE.fold("1 / 0").value());
    assertNull(NONE.fold("sizeof(buf)").value());
    assertNull(NONE.fold("9223372036854775807 * 2").value());
    assertNull(NONE.fold("(1 + 2").value());
    assertNull(NONE.fold("").value());
    assertFalse(NONE.fold(null).known());
    assertNull(NONE.fold("(".repeat(5000) + "1" + ")".repeat(5000)).value(), "too long");
    assertNull(NONE.fold("-".repeat(1500) + "1").value(), "nested too deeply, not a stack overflow");
    assertEquals(1L, NONE.fold("(".repeat(20) + "1" + ")".repeat(20)).value());
  }

  @Test
  void configValuesWinOverEspIdfDefaultsAndSayWhereTheyCameFrom() {
    ConstantExpressions.Folded fallback = NONE.fold("HALF");
    assertEquals(1536L, fallback.value());
    assertEquals(ConstantExpressions.Basis.IDF_DEFAULT, fallback.basis());
    BuildConfig config = new BuildConfig("sdkconfig", true, Map.of(
        "CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT",
        new ConfigValue("CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT", "8192", ConfigValue.Source.FILE, "sdkconfig:4")));
    ConstantExpressions configured = new ConstantExpressions(Map.of(), config);
    ConstantExpressions.Folded folded = configured.fold("CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT + 0x100");
    assertEquals(8448L, folded.value());
    assertEquals(ConstantExpressions.Basis.CONFIGURATION, folded.basis());
    assertEquals(java.util.List.of("CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT=8192 (sdkconfig:4)"), folded.configUsed());
    assertNull(configured.fold("CONFIG_NOT_A_KNOWN_OPTION").value());
  }
}
