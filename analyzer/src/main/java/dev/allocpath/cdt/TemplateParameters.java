package dev.allocpath.cdt;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTSimpleTypeTemplateParameter;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTemplateDeclaration;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTemplateParameter;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTemplatedTypeTemplateParameter;

/** Names of the template parameters of the template declaration directly around a declaration. */
final class TemplateParameters {
  private TemplateParameters() {}

  static List<String> of(IASTDeclaration declaration) {
    IASTNode parent = declaration.getParent();
    if (!(parent instanceof ICPPASTTemplateDeclaration template)) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (ICPPASTTemplateParameter parameter : template.getTemplateParameters()) {
      if (parameter instanceof ICPPASTSimpleTypeTemplateParameter type) {
        names.add(type.getName().toString());
      } else if (parameter instanceof ICPPASTTemplatedTypeTemplateParameter templated) {
        names.add(templated.getName().toString());
      } else if (parameter instanceof ICPPASTParameterDeclaration value) {
        names.add(Names.nameOf(value.getDeclarator()).toString());
      }
    }
    return names;
  }
}
