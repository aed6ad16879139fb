package dev.allocpath.rules.esp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StringLiteralsTest {
  @Test
  void plainCharactersCountOneEach() {
    assertEquals(0, StringLiterals.length(""));
    assertEquals(8, StringLiterals.length("esp32-p4"));
  }

  @Test
  void escapesCountAsTheOneCharacterTheyStandFor() {
    assertEquals(2, StringLiterals.length("\\n\\\\"));
    assertEquals(1, StringLiterals.length("\\x41"));
    assertEquals(2, StringLiterals.length("\\101B"));
    assertEquals(3, StringLiterals.length("\\0\\7a"));
    assertEquals(1, StringLiterals.length("\\\""));
  }

  @Test
  void anUnescapedQuoteMeansAdjacentLiteralsWhoseLengthIsNotWorkedOut() {
    assertEquals(-1, StringLiterals.length("ab\" \"cd"));
  }
}
