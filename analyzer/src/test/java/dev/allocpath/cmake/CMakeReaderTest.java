package dev.allocpath.cmake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.api.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;

class CMakeReaderTest {
  private final NotificationSink sink = new NotificationSink();

  private List<CMakeCommand> read(String text) {
    return CMakeReader.read(text, "dir/CMakeLists.txt", sink);
  }

  private static List<String> texts(CMakeCommand command) {
    return command.arguments().stream().map(CMakeArgument::text).toList();
  }

  private List<String> syntaxErrors() {
    return sink.list().stream()
        .filter(n -> n.kind().equals(NotificationSink.SYNTAX))
        .map(n -> n.location().line() + ": " + n.message())
        .toList();
  }

  @Test
  void commandNamesAreLowerCasedAndLinesKept() {
    List<CMakeCommand> commands = read("\nSET(a 1)\n  Target_Compile_Options (x PRIVATE -O2)\n");
    assertEquals(2, commands.size());
    assertEquals("set", commands.get(0).name());
    assertEquals(2, commands.get(0).line());
    assertEquals("target_compile_options", commands.get(1).name());
    assertEquals(3, commands.get(1).line());
    assertEquals(List.of("x", "PRIVATE", "-O2"), texts(commands.get(1)));
    assertTrue(sink.isEmpty());
  }

  @Test
  void nestedParenthesesBecomeArguments() {
    CMakeCommand c = read("if((A OR (B AND C)) AND NOT D)\nendif()").get(0);
    assertEquals(List.of("(", "A", "OR", "(", "B", "AND", "C", ")", ")", "AND", "NOT", "D"), texts(c));
    assertTrue(c.arguments().stream().allMatch(CMakeArgument::unquoted));
  }

  @Test
  void quotedArgumentsKeepEscapesForTheEvaluator() {
    CMakeCommand c = read("set(X \"say \\\"hi\\\" ${name}\" plain)").get(0);
    assertEquals("say \\\"hi\\\" ${name}", c.arguments().get(1).text());
    assertTrue(c.arguments().get(1).quoted());
    assertEquals(CMakeArgument.Kind.UNQUOTED, c.arguments().get(2).kind());
  }

  @Test
  void lineContinuationInQuotedArgumentIsRemovedButEscapedBackslashIsNot() {
    CMakeCommand c = read("set(X \"one \\\ntwo\" \"a\\\\\nb\")").get(0);
    assertEquals("one two", c.arguments().get(1).text());
    assertEquals("a\\\\\nb", c.arguments().get(2).text());
  }

  @Test
  void quotedArgumentMaySpanLines() {
    List<CMakeCommand> commands = read("set(X \"first\nsecond\")\nset(Y 2)");
    assertEquals("first\nsecond", commands.get(0).arguments().get(1).text());
    assertEquals(3, commands.get(1).line());
  }

  @Test
  void bracketArgumentWithEqualsKeepsShorterClosers() {
    CMakeCommand c = read("set(X [=[ ]] ]=] [==[a]=]b]==])").get(0);
    assertEquals(" ]] ", c.arguments().get(1).text());
    assertEquals("a]=]b", c.arguments().get(2).text());
    assertTrue(c.arguments().get(1).bracket());
  }

  @Test
  void bracketArgumentDropsTheNewlineAfterItsOpenerAndIsNotEvaluated() {
    CMakeCommand c = read("set(X [[\n${not_a_var} \\n]])").get(0);
    assertEquals("${not_a_var} \\n", c.arguments().get(1).text());
  }

  @Test
  void generatorExpressionsStayOpaqueUnquotedArguments() {
    CMakeCommand c = read("target_compile_options(t PRIVATE $<$<CONFIG:Debug>:-O0> $<$<COMPILE_LANGUAGE:CXX>:-fno-rtti>)").get(0);
    assertEquals(List.of("t", "PRIVATE", "$<$<CONFIG:Debug>:-O0>", "$<$<COMPILE_LANGUAGE:CXX>:-fno-rtti>"), texts(c));
  }

  @Test
  void legacyQuotesInsideUnquotedArgumentKeepSpacesAndQuotes() {
    CMakeCommand c = read("add_definitions(-DX=\"a b\" -DY=1)").get(0);
    assertEquals(List.of("-DX=\"a b\"", "-DY=1"), texts(c));
  }

  @Test
  void hashEndsAnUnquotedArgumentAndCommentsOutTheRestOfTheLine() {
    CMakeCommand c = read("set(X foo#comment ) ignored\n  bar)").get(0);
    assertEquals(List.of("X", "foo", "bar"), texts(c));
  }

  @Test
  void hashInsideQuotesIsText() {
    CMakeCommand c = read("set(X \"a#b\")").get(0);
    assertEquals("a#b", c.arguments().get(1).text());
  }

  @Test
  void bracketCommentsMaySpanLinesAndContainParentheses() {
    List<CMakeCommand> commands = read("#[[ set(A 1)\n ) ( \" ]]\nset(B #[==[ inline ]] ]==] 2)\n");
    assertEquals(1, commands.size());
    assertEquals(List.of("B", "2"), texts(commands.get(0)));
    assertTrue(sink.isEmpty(), sink.list().toString());
  }

  @Test
  void commentedOutCommandsAreNotRead() {
    List<CMakeCommand> commands = read("# set(A 1)\n#set(B 2)\n#[ not a bracket comment set(C 3)\nset(D 4)");
    assertEquals(1, commands.size());
    assertEquals("D", commands.get(0).arguments().get(0).text());
  }

  @Test
  void makeStyleVariableStaysOneArgument() {
    CMakeCommand c = read("set(X $(CC) -c)").get(0);
    assertEquals(List.of("X", "$(CC)", "-c"), texts(c));
  }

  @Test
  void variableReferencesStayInTheArgumentText() {
    CMakeCommand c = read("set(X ${a_${b}} $ENV{HOME}/x \"${y}\")").get(0);
    assertEquals(List.of("X", "${a_${b}}", "$ENV{HOME}/x", "${y}"), texts(c));
  }

  @Test
  void unterminatedQuoteIsReportedAndEarlierCommandsAreKept() {
    List<CMakeCommand> commands = read("set(A 1)\nset(B \"open\nset(C 3)\n");
    assertEquals(1, commands.size());
    assertEquals(List.of("2: unterminated quoted argument"), syntaxErrors());
  }

  @Test
  void unterminatedBracketArgumentIsReported() {
    List<CMakeCommand> commands = read("set(A 1)\n\nset(B [==[ text ]=] ]]\n");
    assertEquals(1, commands.size());
    assertEquals(List.of("3: unterminated bracket argument"), syntaxErrors());
  }

  @Test
  void unterminatedBracketCommentIsReported() {
    List<CMakeCommand> commands = read("set(A 1)\n#[=[ never closed ]]\nset(B 2)\n");
    assertEquals(1, commands.size());
    assertEquals(List.of("2: unterminated bracket comment"), syntaxErrors());
  }

  @Test
  void missingClosingParenthesisIsReportedAtTheCommand() {
    List<CMakeCommand> commands = read("set(A 1)\nif((A OR B)\nset(C 3)\n");
    assertEquals(1, commands.size());
    assertEquals("set", commands.get(0).name());
    assertEquals(List.of("2: missing ')' for command 'if'"), syntaxErrors());
  }

  @Test
  void strayTokensOutsideCommandsAreReportedAndSkipped() {
    List<CMakeCommand> commands = read("set(A 1)\n)\n\"loose\"\nset(B 2)\n");
    assertEquals(2, commands.size());
    assertEquals(List.of("2: unexpected ')' outside a command invocation",
        "3: unexpected '\"loose\"' outside a command invocation"), syntaxErrors());
  }

  @Test
  void wordWithoutParenthesesIsASyntaxErrorAndTheBrokenCommandIsDropped() {
    List<CMakeCommand> commands = read("set(A 1)\nfoo bar(x)\nset(B 2)\n");
    assertEquals(List.of("set", "set"), commands.stream().map(CMakeCommand::name).toList());
    List<String> errors = syntaxErrors();
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).startsWith("2: syntax error"), errors.toString());
  }

  @Test
  void invalidCommandNameIsReported() {
    List<CMakeCommand> commands = read("set(A 1)\n1abc(x)\n");
    assertEquals(1, commands.size());
    assertEquals(List.of("2: invalid command name '1abc'"), syntaxErrors());
  }

  @Test
  void unexpectedCharacterIsReported() {
    List<CMakeCommand> commands = read("set(A [ b)\nset(B 2)\n");
    assertTrue(syntaxErrors().stream().anyMatch(e -> e.startsWith("1: unexpected character")), syntaxErrors().toString());
    assertEquals("B", commands.get(commands.size() - 1).arguments().get(0).text());
  }

  @Test
  void deeplyNestedParenthesesDoNotEscape() {
    String text = "set(A 1)\nset(X " + "(".repeat(50_000) + ")".repeat(50_000) + ")\n";
    List<CMakeCommand> commands = read(text);
    assertTrue(commands.size() <= 2);
    for (Notification n : sink.list()) {
      assertEquals(NotificationSink.SYNTAX, n.kind());
    }
  }

  @Test
  void garbageNeverThrows() {
    StringBuilder text = new StringBuilder();
    String pieces = "()#\"[]=\\$ {}\n\tx;";
    for (int i = 0; i < 2000; i++) {
      text.append(pieces.charAt((i * 7919) % pieces.length()));
    }
    read(text.toString());
    for (Notification n : sink.list()) {
      assertEquals(NotificationSink.SYNTAX, n.kind());
    }
  }
}
