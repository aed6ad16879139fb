import java.io.File;
import java.nio.file.Path;
import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.index.IIndexFileLocation;
import org.eclipse.cdt.core.model.ILanguage;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.core.parser.NullLogService;
import org.eclipse.cdt.internal.core.parser.IMacroDictionary;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContent;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContentProvider;

/**
 * The baseline for {@link PdomIndexExperiment}: every unit parsed with the full text of every
 * header it includes (no index, no skipping) and every name of the unit's own file resolved, twice over so that the
 * second round shows the cost once the JIT has warmed up. Usage: PlainParseExperiment BUILD_INFO_DIR.
 */
public final class PlainParseExperiment {
  static final int OPTIONS = ILanguage.OPTION_SKIP_TRIVIAL_EXPRESSIONS_IN_AGGREGATE_INITIALIZERS;

  public static void main(String[] args) throws Exception {
    TreeInput tree = TreeInput.read(Path.of(args[0]));
    for (int round = 1; round <= 2; round++) {
      long start = System.nanoTime();
      long names = 0;
      for (String unit : tree.units()) {
        ILanguage language = TreeInput.languageOf(unit);
        IASTTranslationUnit ast = language.getASTTranslationUnit(FileContent.createForExternalFileLocation(unit),
            tree.scannerInfo(), projectFiles(), null, OPTIONS, new NullLogService());
        names += resolveAll(ast);
      }
      System.out.printf("round %d: parse every unit with its headers' text and resolve its names: %.2f s (%d names)%n",
          round, (System.nanoTime() - start) / 1e9, names);
    }
  }

  /** Headers read from disk as the include paths find them; nothing else is consulted. */
  static InternalFileContentProvider projectFiles() {
    return new InternalFileContentProvider() {
      @Override public boolean getInclusionExists(String path) {
        return new File(path).isFile();
      }
      @Override public InternalFileContent getContentForInclusion(String path, IMacroDictionary macros) {
        return getInclusionExists(path) ? (InternalFileContent) FileContent.createForExternalFileLocation(path) : null;
      }
      @Override public InternalFileContent getContentForInclusion(IIndexFileLocation location, String astPath) {
        return null;
      }
    };
  }

  static long resolveAll(IASTTranslationUnit ast) {
    long[] count = {0};
    ast.accept(new ASTVisitor(true) {
      @Override public int visit(IASTName name) {
        // Only the unit's own names: with an index, header declarations are not in the AST.
        if (name.isPartOfTranslationUnitFile()) {
          name.resolveBinding();
          count[0]++;
        }
        return PROCESS_CONTINUE;
      }
    });
    return count[0];
  }
}
