package dev.allocpath.cmake;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Nests the reader's command list into {@link Statement} blocks. Unbalanced block commands are
 * syntax notifications: a stray {@code endif()} is ignored, a block left open at the end of the file
 * is closed there.
 */
final class ProgramBuilder {
  private ProgramBuilder() {}

  /** What is being collected: the opener, the branches so far (for if), and the current body. */
  private static final class Open {
    final CMakeCommand opener;
    final List<Statement.Branch> branches = new ArrayList<>();
    CMakeCommand branchHeader;
    List<Statement> body = new ArrayList<>();
    boolean sawElse;

    Open(CMakeCommand opener) {
      this.opener = opener;
      this.branchHeader = opener;
    }
  }

  static List<Statement> build(List<CMakeCommand> commands, String path, NotificationSink sink) {
    List<Statement> top = new ArrayList<>();
    Deque<Open> stack = new ArrayDeque<>();
    for (CMakeCommand c : commands) {
      List<Statement> target = stack.isEmpty() ? top : stack.peek().body;
      switch (c.name()) {
        case "if", "foreach", "while", "function", "macro", "block" -> stack.push(new Open(c));
        case "elseif", "else" -> {
          Open open = stack.peek();
          if (open == null || !open.opener.name().equals("if")) {
            sink.syntax(c.name() + "() without a matching if()", path, c.line());
          } else if (open.sawElse) {
            sink.syntax(c.name() + "() after else()", path, c.line());
          } else {
            open.branches.add(new Statement.Branch(open.branchHeader, open.body));
            open.branchHeader = c;
            open.body = new ArrayList<>();
            open.sawElse = c.name().equals("else");
          }
        }
        case "endif", "endforeach", "endwhile", "endfunction", "endmacro", "endblock" -> {
          String opener = c.name().substring(3);
          Open open = stack.peek();
          if (open == null || !open.opener.name().equals(opener)) {
            sink.syntax(c.name() + "() without a matching " + opener + "()", path, c.line());
          } else {
            stack.pop();
            Statement done = close(open);
            (stack.isEmpty() ? top : stack.peek().body).add(done);
          }
        }
        default -> target.add(new Statement.Invocation(c));
      }
    }
    while (!stack.isEmpty()) {
      Open open = stack.pop();
      sink.syntax(
          open.opener.name() + "() is not closed before the end of the file", path, open.opener.line());
      (stack.isEmpty() ? top : stack.peek().body).add(close(open));
    }
    return List.copyOf(top);
  }

  private static Statement close(Open open) {
    List<Statement> body = List.copyOf(open.body);
    return switch (open.opener.name()) {
      case "if" -> {
        List<Statement.Branch> branches = new ArrayList<>(open.branches);
        branches.add(new Statement.Branch(open.branchHeader, body));
        yield new Statement.IfBlock(List.copyOf(branches));
      }
      case "foreach", "while" -> new Statement.Loop(open.opener, body);
      case "function" -> new Statement.Definition(open.opener, body, false);
      case "macro" -> new Statement.Definition(open.opener, body, true);
      default -> new Statement.Block(open.opener, body);
    };
  }
}
