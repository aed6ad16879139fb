package dev.allocpath.cdt;

import dev.allocpath.api.SourceLocation;
import dev.allocpath.facts.ReturnFact;
import org.eclipse.cdt.core.dom.ast.IASTReturnStatement;
import org.eclipse.cdt.core.dom.ast.IASTStatement;

/** {@code return x;} where {@code x} is a storage location: the storage escapes the function. */
final class ReturnCollector implements FactCollector {

  @Override
  public String name() {
    return "return";
  }

  @Override
  public void statement(IASTStatement statement, WalkContext context) {
    if (!(statement instanceof IASTReturnStatement returned) || returned.getReturnArgument() == null) {
      return;
    }
    String storage = StorageKeys.of(returned.getReturnArgument(), context);
    SourceLocation location = context.locations().of(returned);
    if (storage != null && location != null) {
      context.sink().returns.add(new ReturnFact(storage, context.function(), location));
    }
  }
}
