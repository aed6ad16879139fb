package dev.allocpath.cmake;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Reads CMake source into command invocations. Never throws: syntax errors become
 * {@code cmake-syntax} notifications, the broken command is dropped and every other command is
 * returned (CMake itself would reject the whole file, but the rest is still the best evidence of
 * what the build does).
 */
public final class CMakeReader {
  /**
   * Largest CMake file read, checked before reading: parsing costs about 70 times the file's size
   * in memory (a 50 MB file of set() lines peaked at 3.5 GB). ESP-IDF's largest are tens of KB.
   */
  public static final long MAX_FILE_BYTES = 2L << 20;

  private CMakeReader() {}

  /** Reads a file; an unreadable or oversized file is a notification and an empty list. */
  public static List<CMakeCommand> read(Path file, String displayPath, NotificationSink sink) {
    String text;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        sink.warning(NotificationSink.UNSUPPORTED, "CMake file of " + size + " bytes is larger than the limit of "
            + MAX_FILE_BYTES + " bytes; none of its commands are evaluated", displayPath, 1);
        return List.of();
      }
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      try {
        text = Files.readString(file, StandardCharsets.ISO_8859_1);
      } catch (IOException again) {
        sink.syntax("cannot read CMake file: " + again.getMessage(), displayPath, 1);
        return List.of();
      }
    } catch (IOException e) {
      sink.syntax("cannot read CMake file: " + e.getMessage(), displayPath, 1);
      return List.of();
    }
    return read(text, displayPath, sink);
  }

  /** Reads CMake source text; {@code displayPath} is used in notifications. */
  public static List<CMakeCommand> read(String text, String displayPath, NotificationSink sink) {
    try {
      return parse(text, displayPath, sink);
    } catch (RuntimeException | StackOverflowError e) {
      // Pathological input (e.g. thousands of nested parentheses) must not end the scan.
      String why = e instanceof StackOverflowError ? "parentheses nested too deeply" : e.getClass().getSimpleName();
      sink.syntax("cannot read this file (" + why + "); none of its commands are evaluated", displayPath, 1);
      return List.of();
    }
  }

  private static List<CMakeCommand> parse(String text, String displayPath, NotificationSink sink) {
    SyntaxErrors lexErrors = new SyntaxErrors();
    CMakeLexer lexer = new CMakeLexer(CharStreams.fromString(text));
    lexer.removeErrorListeners();
    lexer.addErrorListener(lexErrors);
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    boolean unterminatedToken = reportUnterminated(lexer, tokens.getTokens(), displayPath, sink);
    for (SyntaxError e : lexErrors.errors) {
      sink.syntax("unexpected character " + e.message, displayPath, e.line);
    }

    SyntaxErrors parseErrors = new SyntaxErrors();
    CMakeParser parser = new CMakeParser(tokens);
    parser.removeErrorListeners();
    parser.addErrorListener(parseErrors);
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    CMakeParser.FileContext tree = parser.file();

    List<CMakeCommand> commands = new ArrayList<>();
    boolean unclosedCommand = false;
    for (CMakeParser.ElementContext element : tree.element()) {
      if (element.stray() != null) {
        Token t = element.stray().getStart();
        sink.syntax("unexpected " + describe(t) + " outside a command invocation", displayPath, t.getLine());
        continue;
      }
      CMakeParser.CommandContext command = element.command();
      if (command == null) {
        continue;
      }
      if (isUnclosed(command)) {
        unclosedCommand = true;
        if (!unterminatedToken) {
          sink.syntax(
              "missing ')' for command '" + command.getStart().getText() + "'",
              displayPath,
              command.getStart().getLine());
        }
        continue;
      }
      if (hasError(command)) {
        continue;
      }
      String name = command.UNQUOTED().getText();
      if (!isIdentifier(name)) {
        sink.syntax("invalid command name '" + name + "'", displayPath, command.getStart().getLine());
        continue;
      }
      List<CMakeArgument> arguments = new ArrayList<>();
      collectArguments(command.arguments(), arguments);
      commands.add(new CMakeCommand(name.toLowerCase(Locale.ROOT), arguments, command.getStart().getLine()));
    }
    for (SyntaxError e : parseErrors.errors) {
      // At the end of the file the cause is an unclosed command or token, already reported above.
      boolean explained = e.atEof && (unclosedCommand || unterminatedToken);
      if (!explained) {
        sink.syntax("syntax error: " + e.message, displayPath, e.line);
      }
    }
    return commands;
  }

  private static boolean reportUnterminated(
      CMakeLexer lexer, List<Token> tokens, String path, NotificationSink sink) {
    boolean any = false;
    for (Token t : tokens) {
      if (t.getType() == CMakeLexer.QUOTED_UNTERMINATED) {
        sink.syntax("unterminated quoted argument", path, t.getLine());
        any = true;
      }
    }
    for (int line : lexer.unterminatedBrackets) {
      sink.syntax("unterminated bracket argument", path, line);
      any = true;
    }
    for (int line : lexer.unterminatedComments) {
      sink.syntax("unterminated bracket comment", path, line);
      any = true;
    }
    return any;
  }

  private static void collectArguments(CMakeParser.ArgumentsContext ctx, List<CMakeArgument> out) {
    for (ParseTree child : ctx.children == null ? List.<ParseTree>of() : ctx.children) {
      if (child instanceof CMakeParser.ArgumentContext arg) {
        out.add(toArgument(arg.getStart()));
      } else if (child instanceof CMakeParser.ArgumentsContext nested) {
        collectArguments(nested, out);
      } else if (child instanceof TerminalNode paren) {
        out.add(CMakeArgument.unquoted(paren.getText(), paren.getSymbol().getLine()));
      }
    }
  }

  private static CMakeArgument toArgument(Token token) {
    String text = token.getText();
    int line = token.getLine();
    return switch (token.getType()) {
      case CMakeLexer.QUOTED ->
          new CMakeArgument(removeContinuations(text.substring(1, text.length() - 1)), CMakeArgument.Kind.QUOTED, line);
      case CMakeLexer.QUOTED_UNTERMINATED ->
          new CMakeArgument(removeContinuations(text.substring(1)), CMakeArgument.Kind.QUOTED, line);
      case CMakeLexer.BRACKET -> new CMakeArgument(bracketContent(text), CMakeArgument.Kind.BRACKET, line);
      default -> CMakeArgument.unquoted(text, line);
    };
  }

  /** Drops backslash-newline pairs (line continuations) but keeps every other escape for evaluation. */
  static String removeContinuations(String body) {
    if (body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        char next = body.charAt(i + 1);
        if (next == '\n') {
          i++;
          continue;
        }
        if (next == '\r') {
          i += (i + 2 < body.length() && body.charAt(i + 2) == '\n') ? 2 : 1;
          continue;
        }
        out.append(c).append(next);
        i++;
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The text between "[==[" and "]==]"; a newline right after the opener is not content. */
  static String bracketContent(String token) {
    int open = token.indexOf('[', 1) + 1;
    int equals = open - 2;
    String closer = "]" + "=".repeat(equals) + "]";
    boolean terminated = token.length() >= 2 * open && token.endsWith(closer);
    int end = terminated ? token.length() - closer.length() : token.length();
    int start = open;
    if (start < end && token.charAt(start) == '\r' && start + 1 < end && token.charAt(start + 1) == '\n') {
      start += 2;
    } else if (start < end && token.charAt(start) == '\n') {
      start++;
    }
    return token.substring(start, Math.max(start, end));
  }

  private static boolean isUnclosed(CMakeParser.CommandContext command) {
    TerminalNode rparen = command.RPAREN();
    TerminalNode lparen = command.LPAREN();
    return lparen != null
        && !(lparen instanceof ErrorNode)
        && (rparen == null || rparen instanceof ErrorNode || command.getStop() == null
            || command.getStop().getType() == Token.EOF);
  }

  private static boolean hasError(ParseTree node) {
    if (node instanceof ErrorNode) {
      return true;
    }
    if (node instanceof ParserRuleContext ctx) {
      if (ctx.exception != null) {
        return true;
      }
      for (int i = 0; i < ctx.getChildCount(); i++) {
        if (hasError(ctx.getChild(i))) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  private static String describe(Token t) {
    String text = t.getText();
    if (text.length() > 20) {
      text = text.substring(0, 20) + "...";
    }
    return "'" + text.replace("\n", "\\n") + "'";
  }

  private record SyntaxError(int line, String message, boolean atEof) {}

  private static final class SyntaxErrors extends BaseErrorListener {
    final List<SyntaxError> errors = new ArrayList<>();

    @Override
    public void syntaxError(
        Recognizer<?, ?> recognizer,
        Object offendingSymbol,
        int line,
        int charPositionInLine,
        String msg,
        RecognitionException e) {
      boolean atEof = offendingSymbol instanceof Token t && t.getType() == Token.EOF;
      String text = msg;
      if (recognizer instanceof CMakeLexer) {
        // "token recognition error at: '['" -> "'['"
        int at = msg.indexOf("at: ");
        text = at >= 0 ? msg.substring(at + 4) : msg;
      }
      errors.add(new SyntaxError(line, text, atEof));
    }
  }
}
