package dev.allocpath.cdt;

import org.eclipse.cdt.core.index.IIndexFileLocation;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.internal.core.parser.IMacroDictionary;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContent;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContentProvider;

/**
 * Answers CDT's {@code #include} lookups from {@link UnitFiles}: project files and generated
 * files exist, nothing else does (CDT then records an "inclusion not found" problem and goes
 * on). Also the place where a parse notices its time limit while the preprocessor runs.
 *
 * <p>{@link InternalFileContentProvider} and {@link InternalFileContent} are internal CDT API;
 * this class and {@link CancellingLog} are the only users of internal CDT types.
 */
final class ProjectContentProvider extends InternalFileContentProvider {
  private final UnitFiles files;
  private final ParseDeadline deadline;

  ProjectContentProvider(UnitFiles files, ParseDeadline deadline) {
    this.files = files;
    this.deadline = deadline;
  }

  @Override
  public boolean getInclusionExists(String path) {
    deadline.check();
    return files.exists(path);
  }

  @Override
  public InternalFileContent getContentForInclusion(String path, IMacroDictionary macroDictionary) {
    deadline.check();
    UnitFiles.Served file = files.open(path);
    if (file == null) {
      return null;
    }
    return (InternalFileContent) FileContent.create(file.key(), file.text().chars());
  }

  @Override
  public InternalFileContent getContentForInclusion(IIndexFileLocation location, String astPath) {
    return getContentForInclusion(astPath, null);
  }
}
