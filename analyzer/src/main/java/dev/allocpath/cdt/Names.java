package dev.allocpath.cdt;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.DOMException;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IBinding;
import org.eclipse.cdt.core.dom.ast.IProblemBinding;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTQualifiedName;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTTemplateId;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPBinding;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPSpecialization;

/** Small helpers for names as CDT represents them. */
final class Names {
  private Names() {}

  /** The declarator that carries the name ({@code (*cb)} nests {@code *cb}). */
  static IASTDeclarator innermost(IASTDeclarator declarator) {
    IASTDeclarator current = declarator;
    while (current.getNestedDeclarator() != null) {
      current = current.getNestedDeclarator();
    }
    return current;
  }

  static IASTName nameOf(IASTDeclarator declarator) {
    return innermost(declarator).getName();
  }

  /** The last segment of a possibly qualified name ({@code make_shared<Foo>} of {@code std::make_shared<Foo>}). */
  static IASTName last(IASTName name) {
    return name instanceof ICPPASTQualifiedName qualified ? qualified.getLastName() : name;
  }

  /** The last segment without template arguments: {@code make_shared}. */
  static String simple(IASTName name) {
    IASTName last = last(name);
    if (last instanceof ICPPASTTemplateId templateId) {
      return operatorSpelling(templateId.getTemplateName().toString());
    }
    return operatorSpelling(last.toString());
  }

  /**
   * Operator names as C++ programmers write them: CDT says {@code operator =}, facts say
   * {@code operator=}; word operators keep their space ({@code operator new[]},
   * {@code operator bool}).
   */
  static String operatorSpelling(String name) {
    if (!name.startsWith("operator") || name.length() == "operator".length()) {
      return name;
    }
    String rest = name.substring("operator".length()).trim();
    if (rest.isEmpty() || Character.isJavaIdentifierStart(rest.charAt(0))) {
      return name.startsWith("operator ") ? "operator " + rest : name;
    }
    return "operator" + rest.replace(" ", "");
  }

  /**
   * The name as written with the template arguments of each segment removed, whitespace
   * normalised: {@code A<T>::f} gives {@code A::f}, {@code std::make_shared<Foo>} gives
   * {@code std::make_shared}.
   */
  static String withoutTemplateArguments(String written) {
    String spelled = Spelling.type(written);
    StringBuilder out = new StringBuilder(spelled.length());
    int depth = 0;
    for (int i = 0; i < spelled.length(); i++) {
      char c = spelled.charAt(i);
      if (depth == 0 && c == 'o' && spelled.startsWith("operator", i)
          && (i == 0 || spelled.charAt(i - 1) == ':')) {
        out.append(operatorSpelling(spelled.substring(i)));
        break;
      }
      if (c == '<') {
        depth++;
      } else if (c == '>' && depth > 0) {
        depth--;
      } else if (depth == 0) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code a::b::c} for a binding, or null when it has none (problem bindings, C bindings). */
  static String qualified(IBinding binding) {
    if (binding instanceof ICPPSpecialization specialization
        && specialization.getSpecializedBinding() != null) {
      binding = specialization.getSpecializedBinding();
    }
    if (binding == null || binding instanceof IProblemBinding) {
      return null;
    }
    if (!(binding instanceof ICPPBinding cpp)) {
      return binding.getName();
    }
    try {
      return join(cpp.getQualifiedName());
    } catch (DOMException e) {
      return binding.getName();
    }
  }

  /** Joins name segments with {@code ::}, skipping empty (anonymous namespace) segments. */
  static String join(String[] segments) {
    List<String> parts = new ArrayList<>(segments.length);
    for (String segment : segments) {
      if (segment != null && !segment.isEmpty()) {
        parts.add(operatorSpelling(segment));
      }
    }
    return String.join("::", parts);
  }

  /** {@code a::b} of {@code a::b::c}, empty without a qualifier. */
  static String qualifier(String qualifiedName) {
    int cut = qualifiedName.lastIndexOf("::");
    return cut < 0 ? "" : qualifiedName.substring(0, cut);
  }
}
