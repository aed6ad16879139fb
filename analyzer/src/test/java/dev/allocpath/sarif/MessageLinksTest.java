package dev.allocpath.sarif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MessageLinksTest {
  @Test
  void plainTextDropsLinkSyntax() {
    assertEquals(
        "Uses the redirect of net and [brackets].",
        MessageLinks.toPlainText("Uses [the redirect](1) of [net](12) and \\[brackets\\]."));
  }

  @Test
  void nonNumericTargetsAreNotLocationLinks() {
    assertEquals("See [docs](https://x.invalid).", MessageLinks.toPlainText("See [docs](https://x.invalid)."));
  }

  @Test
  void onlyLinksAboveTheLimitAreDropped() {
    assertEquals(
        "See [one](1), two and [zero](0).", MessageLinks.dropLinksAbove("See [one](1), [two](2) and [zero](0).", 1));
  }
}
