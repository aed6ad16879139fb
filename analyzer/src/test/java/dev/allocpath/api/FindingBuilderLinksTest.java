package dev.allocpath.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Mentions of related locations become SARIF embedded links in the message. */
class FindingBuilderLinksTest {
  @RuleInfo(id = "test-probe", summary = "A probe.", severity = Severity.WARNING)
  private static final class Probe {}

  private static final RuleInfo INFO = Probe.class.getAnnotation(RuleInfo.class);

  private static SourceLocation at(int line) {
    return SourceLocation.ofLine("a.c", line);
  }

  @Test
  void eachMentionLinksItsFirstWholeWordOccurrenceToItsId() {
    Finding f = new FindingBuilder(at(1), "Component 'net' has no redirect; 'netif' gets one from x.h:3.")
        .related(at(2), "Component 'net' is built here.", "'net'")
        .related(at(3), "The redirect.", "x.h:3")
        .related(at(4), "Not mentioned.")
        .related(at(5), "Mentioned nowhere.", "'wifi'")
        .build(INFO);
    assertEquals("Component ['net'](1) has no redirect; 'netif' gets one from [x.h:3](2).", f.message());
  }

  @Test
  void wordsInsideLongerWordsAndTakenSpansAreSkipped() {
    Finding f = new FindingBuilder(at(1), "realloc wraps cover malloc; malloc [raw] too.")
        .related(at(2), "A wrap.", "malloc")
        .related(at(3), "Another mention of the same words.", "malloc")
        .related(at(4), "Brackets.", "[raw]")
        .build(INFO);
    assertEquals("realloc wraps cover [malloc](1); [malloc](2) [\\[raw\\]](3) too.", f.message());
  }

  @Test
  void theIdentityStaysTheTextWithoutLinks() {
    Finding f = new FindingBuilder(at(1), "Thread into 'h' is never joined.")
        .related(at(2), "'h' is declared here.", "'h'")
        .build(INFO);
    assertEquals("Thread into ['h'](1) is never joined.", f.message());
    assertEquals("Thread into 'h' is never joined.", f.identity());
  }
}
