package dev.allocpath.cdt;

import org.eclipse.cdt.core.dom.ast.ASTSignatureUtil;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTInitializer;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTNodeLocation;
import org.eclipse.cdt.core.dom.ast.IASTTypeId;

/**
 * The text of an AST node after macro expansion. Code written directly in a file is taken from
 * the file (comments dropped, whitespace collapsed); code that comes from a macro expansion has
 * no text of its own in the file, so it is rendered from the AST instead.
 */
final class NodeText {
  private NodeText() {}

  /** Whether any part of the node comes from a macro expansion. */
  static boolean fromMacro(IASTNode node) {
    IASTNodeLocation[] locations = node.getNodeLocations();
    return locations.length != 1 || !(locations[0] instanceof IASTFileLocation);
  }

  static String of(IASTNode node) {
    if (node == null) {
      return "";
    }
    if (!fromMacro(node)) {
      return Spelling.collapse(node.getRawSignature());
    }
    try {
      String rendered;
      if (node instanceof IASTExpression expression) {
        rendered = ASTSignatureUtil.getExpressionString(expression);
      } else if (node instanceof IASTInitializer initializer) {
        rendered = ASTSignatureUtil.getInitializerString(initializer);
      } else if (node instanceof IASTTypeId typeId) {
        rendered = ASTSignatureUtil.getSignature(typeId);
      } else {
        rendered = ASTSignatureUtil.getNodeSignature(node);
      }
      return Spelling.collapse(rendered);
    } catch (RuntimeException e) {
      return Spelling.collapse(node.getRawSignature());
    }
  }
}
