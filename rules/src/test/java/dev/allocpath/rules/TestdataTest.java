package dev.allocpath.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.allocpath.engine.AnalysisResult;
import dev.allocpath.rules.testing.Expectations;
import dev.allocpath.rules.testing.Testdata;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every case under testdata/ and compares its findings with its inline markers. */
class TestdataTest {
  static List<Path> cases() {
    List<Path> cases = Testdata.cases();
    assertFalse(cases.isEmpty(), "no testdata cases found under " + Testdata.root());
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void findingsMatchInlineExpectations(Path testCase) {
    AnalysisResult result = Testdata.analyze(testCase);
    String name = Testdata.root().relativize(testCase).toString();
    Expectations.assertMatches(
        name,
        Expectations.read(testCase),
        result,
        Testdata.enabledRules(testCase),
        Testdata.knownMarkerIds());
  }
}
