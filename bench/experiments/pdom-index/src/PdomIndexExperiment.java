import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.cdt.core.dom.ILinkage;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.index.IIndex;
import org.eclipse.cdt.core.index.URIRelativeLocationConverter;
import org.eclipse.cdt.core.model.ILanguage;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.core.parser.IParserLogService;
import org.eclipse.cdt.core.parser.NullLogService;
import org.eclipse.cdt.internal.core.index.IndexBasedFileContentProvider;
import org.eclipse.cdt.internal.core.indexer.FileEncodingRegistry;
import org.eclipse.cdt.internal.core.indexer.StandaloneFastIndexer;
import org.eclipse.cdt.internal.core.indexer.StandaloneIndexer;
import org.eclipse.cdt.internal.core.indexer.StandaloneIndexerInputAdapter;
import org.eclipse.cdt.internal.core.pdom.dom.c.PDOMCLinkageFactory;
import org.eclipse.cdt.internal.core.pdom.dom.cpp.PDOMCPPLinkageFactory;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Measures what "each header parsed once, through an index" costs with CDT's own index (the
 * PDOM the IDE uses): (1) index the whole tree once, each header once per macro context, and
 * (2) parse every unit again against that index (headers come from the index, not their text)
 * and resolve every name, which is the least an analysis of the units would then do.
 *
 * <p>Single-threaded, as CDT's indexer is (one writer). Usage: PdomIndexExperiment BUILD_INFO_DIR.
 */
public final class PdomIndexExperiment {
  public static void main(String[] args) throws Exception {
    TreeInput tree = TreeInput.read(Path.of(args[0]));
    File database = File.createTempFile("allocpath-pdom-experiment", ".pdom");
    database.delete();
    database.deleteOnExit();
    IParserLogService statistics = new IParserLogService() {
      @Override public void traceLog(String message) {
        if (message.startsWith("StandaloneFastIndexerTask ")) {
          System.out.println("  cdt: " + message.substring("StandaloneFastIndexerTask ".length()));
        }
      }
      @Override public boolean isTracing() {
        return true;
      }
    };
    long start = System.nanoTime();
    StandaloneFastIndexer indexer = new StandaloneFastIndexer(database,
        new URIRelativeLocationConverter(new File("/").toURI()),
        Map.of(ILinkage.CPP_LINKAGE_NAME, new PDOMCPPLinkageFactory(), ILinkage.C_LINKAGE_NAME, new PDOMCLinkageFactory()),
        tree.scannerInfo(), new FileEncodingRegistry("UTF-8"), TreeInput::languageOf, statistics);
    indexer.setSkipReferences(StandaloneIndexer.SKIP_ALL_REFERENCES);
    indexer.setTraceStatistics(true);
    indexer.rebuild(tree.units(), new NullProgressMonitor());
    long indexed = System.nanoTime();
    System.out.printf("index the tree once: %.2f s (%d units, database %d KB)%n",
        (indexed - start) / 1e9, tree.units().size(), database.length() / 1024);

    IIndex index = indexer.getIndex();
    index.acquireReadLock();
    long names = 0;
    try {
      StandaloneIndexerInputAdapter files = new StandaloneIndexerInputAdapter(indexer);
      for (String unit : tree.units()) {
        ILanguage language = TreeInput.languageOf(unit);
        IndexBasedFileContentProvider headers = new IndexBasedFileContentProvider(
            index, files, language.getLinkageID(), PlainParseExperiment.projectFiles());
        IASTTranslationUnit ast = language.getASTTranslationUnit(FileContent.createForExternalFileLocation(unit),
            tree.scannerInfo(), headers, index, PlainParseExperiment.OPTIONS, new NullLogService());
        names += PlainParseExperiment.resolveAll(ast);
      }
    } finally {
      index.releaseReadLock();
    }
    System.out.printf("parse every unit against the index and resolve its names: %.2f s (%d names)%n",
        (System.nanoTime() - indexed) / 1e9, names);
  }
}
