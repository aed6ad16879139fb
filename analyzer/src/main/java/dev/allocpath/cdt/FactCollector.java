package dev.allocpath.cdt;

import org.eclipse.cdt.core.dom.ast.IASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTProblem;
import org.eclipse.cdt.core.dom.ast.IASTStatement;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;

/**
 * One kind of fact, gathered during the single AST walk of {@link FactExtractor}. A collector
 * overrides the callbacks for the nodes it cares about and adds facts to
 * {@link WalkContext#sink()}. When a callback runs, the scope of the node is already on the
 * context: for a function definition the function's own frame, for a class its own frame.
 * Adding a kind of fact means adding a collector; the others stay untouched.
 */
interface FactCollector {

  /** Short name used when reporting a failure of this collector. */
  String name();

  default void declaration(IASTDeclaration declaration, WalkContext context) {}

  default void compositeType(IASTCompositeTypeSpecifier type, WalkContext context) {}

  default void expression(IASTExpression expression, WalkContext context) {}

  default void statement(IASTStatement statement, WalkContext context) {}

  default void problem(IASTProblem problem, WalkContext context) {}

  /** After the walk: for facts that come from the unit as a whole (macros, includes). */
  default void finish(IASTTranslationUnit unit, WalkContext context) {}
}
