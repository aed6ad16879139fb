package dev.allocpath.cmake;

import java.util.List;

/**
 * A CMake file as a tree of blocks: the flat command list of the reader, with
 * if/foreach/while/function/macro/block bodies nested, so the interpreter can skip or repeat them.
 */
sealed interface Statement {
  CMakeCommand command();

  /** A plain command invocation. */
  record Invocation(CMakeCommand command) implements Statement {}

  /** if/elseif/else/endif: one branch per header; the else branch's header is the else() command. */
  record IfBlock(List<Branch> branches) implements Statement {
    @Override
    public CMakeCommand command() {
      return branches.get(0).header();
    }
  }

  record Branch(CMakeCommand header, List<Statement> body) {}

  /** foreach() or while(), with its body. */
  record Loop(CMakeCommand command, List<Statement> body) implements Statement {}

  /** function() or macro() definition; the body runs only when called. */
  record Definition(CMakeCommand command, List<Statement> body, boolean macro) implements Statement {}

  /** block()/endblock(): a variable scope. */
  record Block(CMakeCommand command, List<Statement> body) implements Statement {}
}
