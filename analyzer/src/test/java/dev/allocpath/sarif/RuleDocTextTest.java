package dev.allocpath.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RuleDocTextTest {
  @Test
  void namesAreUpperCamelCase() {
    assertEquals("EspMutexMember", RuleDocText.upperCamelName("esp-mutex-member"));
    assertEquals("EspDefaultHeapStatic", RuleDocText.upperCamelName("esp-default-heap_static"));
  }

  @Test
  void fullDescriptionIsTheFirstProseParagraph() {
    String doc =
        """
        # title

        ```c
        code first
        ```

        The **first** paragraph, with `code` and a
        [link](https://x.invalid).

        The second paragraph.
        """;
    assertEquals(
        "The first paragraph, with code and a link (https://x.invalid).",
        RuleDocText.fullDescription(doc, "summary"));
  }

  @Test
  void summaryStandsInForAMissingDoc() {
    assertEquals("summary", RuleDocText.fullDescription("", "summary"));
    assertEquals("summary", RuleDocText.fullDescription("# Only a heading\n", "summary"));
    assertEquals("summary", RuleDocText.fullDescription(null, "summary"));
  }

  @Test
  void longParagraphsAreCutAtASentence() {
    String sentence = "This sentence is exactly fifty characters long ok. ";
    String doc = sentence.repeat(30);
    String description = RuleDocText.fullDescription(doc, "s");
    assertTrue(description.length() <= RuleDocText.MAX_DESCRIPTION);
    assertTrue(description.endsWith("long ok."), description);
  }

  @Test
  void longTextWithoutSentencesIsCutAtAWord() {
    String text = "word ".repeat(300);
    String cut = RuleDocText.truncate(text, 100);
    assertTrue(cut.length() <= 100);
    assertTrue(cut.endsWith("word..."), cut);
  }

  @Test
  void plainTextKeepsCodeIndentedAndIdentifiersIntact() {
    String doc =
        """
        ## Why

        Use *heap_caps_malloc* or **MALLOC_CAP_SPIRAM**; keep my_var_name.

        ```c
        void *p = heap_caps_malloc(n, MALLOC_CAP_SPIRAM);
        ```
        """;
    assertEquals(
        "Why\n\nUse heap_caps_malloc or MALLOC_CAP_SPIRAM; keep my_var_name.\n\n"
            + "    void *p = heap_caps_malloc(n, MALLOC_CAP_SPIRAM);",
        RuleDocText.plainText(doc));
  }
}
