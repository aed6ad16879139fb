package dev.allocpath.cdt;

import dev.allocpath.facts.TypeRef;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.ASTSignatureUtil;
import org.eclipse.cdt.core.dom.ast.IASTArrayDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTArrayModifier;
import org.eclipse.cdt.core.dom.ast.IASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTElaboratedTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTEnumerationSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTNamedTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTPointer;
import org.eclipse.cdt.core.dom.ast.IASTPointerOperator;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTTypeId;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTPointerToMember;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTReferenceOperator;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTSimpleDeclSpecifier;

/**
 * Types as spelled at a declaration: the named type without cv-qualifiers and storage keywords
 * (what {@link TypeRef#spelled()} holds), whether the declarator makes it a pointer or reference,
 * and C array extents.
 */
final class TypeSpelling {
  private TypeSpelling() {}

  static TypeRef typeRef(IASTDeclSpecifier specifier, IASTDeclarator declarator, WalkContext context) {
    String spelled = spelled(specifier, context);
    if (declarator == null) {
      return TypeRef.of(spelled);
    }
    return new TypeRef(spelled, indirect(declarator), arrayDimensions(declarator));
  }

  static TypeRef typeRef(IASTTypeId typeId, WalkContext context) {
    return typeRef(typeId.getDeclSpecifier(), typeId.getAbstractDeclarator(), context);
  }

  /** The named type of a declaration specifier (see {@link TypeRef#spelled()}). */
  static String spelled(IASTDeclSpecifier specifier, WalkContext context) {
    if (specifier instanceof IASTNamedTypeSpecifier named) {
      return Spelling.type(named.getName().toString());
    }
    if (specifier instanceof IASTElaboratedTypeSpecifier elaborated) {
      return Spelling.type(elaborated.getName().toString());
    }
    if (specifier instanceof IASTCompositeTypeSpecifier composite) {
      return context.qualify(ClassNames.name(composite, context.locations()));
    }
    if (specifier instanceof IASTEnumerationSpecifier enumeration) {
      String name = enumeration.getName().toString();
      return name.isEmpty() ? "(anonymous enum)" : Spelling.type(name);
    }
    if (specifier instanceof IASTSimpleDeclSpecifier simple) {
      return primitive(simple);
    }
    return specifier == null ? "" : NodeText.of(specifier);
  }

  /** Any pointer, reference or pointer-to-member at any nesting level (function pointers too). */
  static boolean indirect(IASTDeclarator declarator) {
    for (IASTDeclarator d = declarator; d != null; d = d.getNestedDeclarator()) {
      if (d.getPointerOperators().length > 0) {
        return true;
      }
    }
    return false;
  }

  /** Extents of the outermost array declarator as written; empty string for {@code []}. */
  static List<String> arrayDimensions(IASTDeclarator declarator) {
    if (!(declarator instanceof IASTArrayDeclarator array)) {
      return List.of();
    }
    List<String> dimensions = new ArrayList<>();
    for (IASTArrayModifier modifier : array.getArrayModifiers()) {
      dimensions.add(
          modifier.getConstantExpression() == null ? "" : NodeText.of(modifier.getConstantExpression()));
    }
    return dimensions;
  }

  /**
   * A type-id as a whole, e.g. a template argument or the type of a {@code new}:
   * {@code std::vector<int>}, {@code const char *}, {@code int[5]}. Cv-qualifiers are kept;
   * function types and nested declarators are rendered by CDT.
   */
  static String typeIdText(IASTTypeId typeId, WalkContext context) {
    IASTDeclarator declarator = typeId.getAbstractDeclarator();
    IASTDeclSpecifier specifier = typeId.getDeclSpecifier();
    if (declarator == null
        || declarator.getNestedDeclarator() != null
        || declarator instanceof IASTFunctionDeclarator) {
      return signature(typeId);
    }
    StringBuilder text = new StringBuilder();
    if (specifier.isConst()) {
      text.append("const ");
    }
    if (specifier.isVolatile()) {
      text.append("volatile ");
    }
    text.append(spelled(specifier, context));
    for (IASTPointerOperator operator : declarator.getPointerOperators()) {
      if (operator instanceof ICPPASTReferenceOperator reference) {
        text.append(reference.isRValueReference() ? " &&" : " &");
      } else if (operator instanceof IASTPointer pointer && !(operator instanceof ICPPASTPointerToMember)) {
        text.append(pointer.isConst() ? " *const" : " *");
      } else {
        return signature(typeId);
      }
    }
    for (String dimension : arrayDimensions(declarator)) {
      text.append('[').append(dimension).append(']');
    }
    return Spelling.type(text.toString());
  }

  private static String signature(IASTTypeId typeId) {
    try {
      return Spelling.type(ASTSignatureUtil.getSignature(typeId));
    } catch (RuntimeException e) {
      return Spelling.type(typeId.getRawSignature());
    }
  }

  private static String primitive(IASTSimpleDeclSpecifier simple) {
    StringBuilder text = new StringBuilder();
    if (simple.isSigned()) {
      append(text, "signed");
    }
    if (simple.isUnsigned()) {
      append(text, "unsigned");
    }
    if (simple.isShort()) {
      append(text, "short");
    }
    if (simple.isLong()) {
      append(text, "long");
    }
    if (simple.isLongLong()) {
      append(text, "long long");
    }
    if (simple.isComplex()) {
      append(text, "_Complex");
    }
    String type = switch (simple.getType()) {
      case IASTSimpleDeclSpecifier.t_void -> "void";
      case IASTSimpleDeclSpecifier.t_char -> "char";
      case IASTSimpleDeclSpecifier.t_int -> "int";
      case IASTSimpleDeclSpecifier.t_float -> "float";
      case IASTSimpleDeclSpecifier.t_double -> "double";
      case IASTSimpleDeclSpecifier.t_bool -> simple instanceof ICPPASTSimpleDeclSpecifier ? "bool" : "_Bool";
      case IASTSimpleDeclSpecifier.t_wchar_t -> "wchar_t";
      case IASTSimpleDeclSpecifier.t_char8_t -> "char8_t";
      case IASTSimpleDeclSpecifier.t_char16_t -> "char16_t";
      case IASTSimpleDeclSpecifier.t_char32_t -> "char32_t";
      case IASTSimpleDeclSpecifier.t_auto -> "auto";
      case IASTSimpleDeclSpecifier.t_int128 -> "__int128";
      case IASTSimpleDeclSpecifier.t_float128 -> "__float128";
      case IASTSimpleDeclSpecifier.t_decltype_auto -> "decltype(auto)";
      case IASTSimpleDeclSpecifier.t_decltype -> "decltype(" + NodeText.of(simple.getDeclTypeExpression()) + ")";
      case IASTSimpleDeclSpecifier.t_typeof -> "typeof(" + NodeText.of(simple.getDeclTypeExpression()) + ")";
      default -> "";
    };
    append(text, type);
    return text.length() == 0 ? "int" : text.toString();
  }

  private static void append(StringBuilder text, String word) {
    if (word.isEmpty()) {
      return;
    }
    if (text.length() > 0) {
      text.append(' ');
    }
    text.append(word);
  }
}
