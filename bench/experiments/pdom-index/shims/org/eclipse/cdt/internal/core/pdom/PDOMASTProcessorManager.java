package org.eclipse.cdt.internal.core.pdom;

import java.util.List;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.index.IPDOMASTProcessor;

/** Experiment shim: as TagManager, the original reads plug-ins from the extension registry. */
public final class PDOMASTProcessorManager {
  private PDOMASTProcessorManager() {}

  public static List<IPDOMASTProcessor> getProcessors(IASTTranslationUnit unit) {
    return List.of();
  }
}
