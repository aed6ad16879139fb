package dev.allocpath.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
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
        "\r",
        "a\r\r\nb"
      })
  void splitsLikeTheRegularExpression(String text) {
    InlineSuppressions.FileLines lines = InlineSuppressions.FileLines.of(text);
    List<String> all = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      all.add(lines.get(i));
    }
    assertEquals(List.of(text.split("\r?\n|\r", -1)), all);
  }
}
