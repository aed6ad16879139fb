package dev.allocpath.cdt;

import dev.allocpath.facts.StorageKey;
import dev.allocpath.facts.VariableFact;
import org.eclipse.cdt.core.dom.ast.IASTAttribute;
import org.eclipse.cdt.core.dom.ast.IASTAttributeOwner;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.cpp.ICPPASTDeclSpecifier;

/** Questions about declarations that several collectors and the walk ask alike. */
final class Declarations {
  private Declarations() {}

  /**
   * Whether a declarator declares a function rather than an object: {@code int f(int);} does,
   * {@code void (*cb)(int);} does not.
   */
  static boolean declaresFunction(IASTDeclarator declarator) {
    if (!(declarator instanceof IASTFunctionDeclarator)) {
      return false;
    }
    IASTDeclarator nested = declarator.getNestedDeclarator();
    return nested == null || !TypeSpelling.indirect(nested);
  }

  static boolean isTypedef(IASTDeclSpecifier specifier) {
    return specifier.getStorageClass() == IASTDeclSpecifier.sc_typedef;
  }

  static boolean isStatic(IASTDeclSpecifier specifier) {
    return specifier.getStorageClass() == IASTDeclSpecifier.sc_static;
  }

  static boolean isExtern(IASTDeclSpecifier specifier) {
    return specifier.getStorageClass() == IASTDeclSpecifier.sc_extern;
  }

  static boolean isFriend(IASTDeclSpecifier specifier) {
    return specifier instanceof ICPPASTDeclSpecifier cpp && cpp.isFriend();
  }

  static boolean isConst(IASTDeclSpecifier specifier) {
    return specifier.isConst() || specifier instanceof ICPPASTDeclSpecifier cpp && cpp.isConstexpr();
  }

  /**
   * C++ {@code thread_local}, GNU {@code __thread}, C11 {@code _Thread_local}. CDT knows only the
   * first; for the others the prelude turns {@code __thread} into an attribute
   * ({@link CompilerPrelude#THREAD_LOCAL_ATTRIBUTE}) that lands on the specifier or, when it
   * leads a C++ declaration, on the declaration.
   */
  static boolean isThreadLocal(IASTDeclSpecifier specifier) {
    if (specifier instanceof ICPPASTDeclSpecifier cpp && cpp.isThreadLocal()) {
      return true;
    }
    return hasThreadLocalAttribute(specifier)
        || specifier.getParent() instanceof IASTAttributeOwner owner && hasThreadLocalAttribute(owner);
  }

  private static boolean hasThreadLocalAttribute(IASTAttributeOwner owner) {
    for (IASTAttribute attribute : owner.getAttributes()) {
      if (CompilerPrelude.THREAD_LOCAL_ATTRIBUTE.equals(new String(attribute.getName()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The section a GNU {@code __attribute__((section("name")))} names, on the declarator, the
   * specifier or the whole declaration (ESP-IDF's {@code EXT_RAM_BSS_ATTR} expands to one; its
   * section says whether a buffer lives in PSRAM), without quotes; null when there is none.
   */
  static String section(IASTDeclSpecifier specifier, IASTDeclarator declarator) {
    String found = section(declarator);
    if (found == null) {
      found = section(specifier);
    }
    if (found == null && specifier.getParent() instanceof IASTAttributeOwner owner) {
      found = section(owner);
    }
    return found;
  }

  private static String section(IASTAttributeOwner owner) {
    for (IASTAttribute attribute : owner.getAttributes()) {
      String name = new String(attribute.getName());
      if ((name.equals("section") || name.equals("__section__")) && attribute.getArgumentClause() != null) {
        String text = tokenText(attribute.getArgumentClause()).strip();
        return text.replace("\"", "");
      }
    }
    return null;
  }

  private static String tokenText(org.eclipse.cdt.core.dom.ast.IASTToken token) {
    if (token instanceof org.eclipse.cdt.core.dom.ast.IASTTokenList list) {
      StringBuilder text = new StringBuilder();
      for (org.eclipse.cdt.core.dom.ast.IASTToken part : list.getTokens()) {
        text.append(tokenText(part));
      }
      return text.toString();
    }
    return new String(token.getTokenCharImage());
  }

  /** Storage of a variable declared in a function body. */
  static VariableFact.Storage localStorage(IASTDeclSpecifier specifier) {
    if (isThreadLocal(specifier)) {
      return VariableFact.Storage.THREAD_LOCAL;
    }
    return isStatic(specifier) ? VariableFact.Storage.FUNCTION_STATIC : VariableFact.Storage.LOCAL;
  }

  /** Qualified name of a function-local variable: static ones are {@code function::name}. */
  static String localQualifiedName(VariableFact.Storage storage, String function, String name) {
    return storage == VariableFact.Storage.LOCAL || storage == VariableFact.Storage.PARAMETER
        ? name
        : (function.isEmpty() ? name : function + "::" + name);
  }

  /** The storage key of a function-local variable (see {@link VariableFact#storageKey()}). */
  static String localKey(VariableFact.Storage storage, String function, String name) {
    return storage == VariableFact.Storage.LOCAL || storage == VariableFact.Storage.PARAMETER
        ? StorageKey.local(function, name)
        : StorageKey.global(localQualifiedName(storage, function, name));
  }
}
