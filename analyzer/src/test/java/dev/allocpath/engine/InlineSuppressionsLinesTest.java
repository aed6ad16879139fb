package dev.allocpath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written line split numbers lines exactly as a compiler does (LF, CRLF and lone CR). */
class InlineSuppressionsLinesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "one",
        "one\n",
        "one\ntwo",
        "a\r\nb\r\n",
        "a\rb\rc",
        "a\n\nb",
        "\r\n\r\n",
        "mixed\r\n\rend\n\r",
        "\n",
        "\r"
      })
  void splitsLikeTheRegularExpression(String text) {
    assertEquals(List.of(text.split("\r?\n|\r", -1)), InlineSuppressions.splitLines(text));
  }
}
