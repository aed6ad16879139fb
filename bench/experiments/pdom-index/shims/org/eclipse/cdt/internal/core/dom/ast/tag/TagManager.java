package org.eclipse.cdt.internal.core.dom.ast.tag;

import java.util.List;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IBinding;
import org.eclipse.cdt.core.dom.ast.tag.ITag;
import org.eclipse.cdt.core.dom.ast.tag.ITagWriter;
import org.eclipse.cdt.internal.core.pdom.dom.IPDOMBinding;

/**
 * Experiment shim: CDT's original looks up tagger plug-ins in the Eclipse extension registry,
 * which does not exist outside Eclipse (it fails on a null registry). No taggers here.
 */
public final class TagManager {
  private static final TagManager INSTANCE = new TagManager();

  public static TagManager getInstance() {
    return INSTANCE;
  }

  public ITag process(String taggerId, ITagWriter writer, IBinding binding, IASTName name) {
    return null;
  }

  public Iterable<ITag> process(ITagWriter writer, IBinding binding, IASTName name) {
    return List.of();
  }

  public void syncTags(IPDOMBinding target, IBinding source) {}
}
