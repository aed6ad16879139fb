import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.cdt.core.dom.ast.IASTProblem;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.gnu.c.GCCLanguage;
import org.eclipse.cdt.core.dom.ast.gnu.cpp.GPPLanguage;
import org.eclipse.cdt.core.model.ILanguage;
import org.eclipse.cdt.core.parser.ExtendedScannerInfo;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.core.parser.NullLogService;
import org.eclipse.cdt.core.index.IIndexFileLocation;
import org.eclipse.cdt.internal.core.parser.IMacroDictionary;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContent;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContentProvider;

/**
 * Parser-only timing of a generated tree, measured the way the reference probe measured the real
 * WebRTC tree (shared/reference/cdt-standalone.md, section 4): Eclipse CDT alone, project headers
 * resolved from disk, system headers absent, no fact extraction, one thread, several passes in one
 * JVM (pass 1 = cold JIT). It tells whether the generator's trees cost CDT what real code costs.
 *
 * <p>Run with the tool's jar on the class path (it bundles CDT):
 * {@code java -cp rules/target/allocpath.jar bench/tools/CdtParseProbe.java INFO_DIR/compile_commands.json [passes]}
 */
public final class CdtParseProbe {
  private static final Pattern ENTRY = Pattern.compile("\"file\": \"([^\"]+)\", \"arguments\": \\[([^\\]]*)\\]");
  private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** {@code -Dprobe.problems=true} lists each problem node (file, line, text). */
  private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

  private static final boolean SHOW_PROBLEMS = Boolean.getBoolean("probe.problems");

  private record Unit(Path file, boolean cpp, Map<String, String> defines, String[] includes, String[] forced) {}

  public static void main(String[] args) throws Exception {
    Path database = Path.of(args[0]);
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Unit> units = read(database);
    Path root = commonRoot(units);
    Map<String, char[]> files = new ConcurrentHashMap<>();
    long lines = 0;
    for (Unit u : units) {
      lines += Files.readAllLines(u.file()).size();
    }
    for (int pass = 1; pass <= passes; pass++) {
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      int problems = 0;
      long headerChars = 0;
      long cppNanos = 0;
      Provider provider = new Provider(root, files);
      List<long[]> perUnit = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        Unit u = units.get(i);
        provider.served = 0;
        long unitStart = System.nanoTime();
        IASTTranslationUnit ast = parse(u, provider);
        long took = System.nanoTime() - unitStart;
        perUnit.add(new long[] {took, i});
        if (u.cpp()) {
          cppNanos += took;
        }
        headerChars += provider.served;
        problems += countProblems(ast);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      System.out.printf("pass %d: %.2f s, parse thread cpu %.2f s (C++ units %.2f s wall), %d units, %.0f units/s, %.0f lines/s, %d problem nodes, "
          + "%.1f M header chars%n", pass, seconds, cpu, cppNanos / 1e9, units.size(), units.size() / seconds, lines / seconds,
          problems, headerChars / 1e6);
      if (pass == passes) {
        perUnit.sort((a, b) -> Long.compare(a[0], b[0]));
        System.out.printf("  per unit (last pass): median %.0f ms, p90 %.0f ms, max %.0f ms%n",
            perUnit.get(perUnit.size() / 2)[0] / 1e6, perUnit.get(perUnit.size() * 9 / 10)[0] / 1e6,
            perUnit.get(perUnit.size() - 1)[0] / 1e6);
        for (int i = perUnit.size() - 1; i >= Math.max(0, perUnit.size() - 5); i--) {
          System.out.printf("    %4.0f ms %s%n", perUnit.get(i)[0] / 1e6, root.relativize(units.get((int) perUnit.get(i)[1]).file()));
        }
      }
    }
  }

  private static IASTTranslationUnit parse(Unit u, Provider provider) throws Exception {
    char[] text = Files.readString(u.file(), StandardCharsets.UTF_8).toCharArray();
    ExtendedScannerInfo info = new ExtendedScannerInfo(u.defines(), u.includes(), null, u.forced());
    ILanguage language = u.cpp() ? GPPLanguage.getDefault() : GCCLanguage.getDefault();
    return language.getASTTranslationUnit(FileContent.create(u.file().toString(), true, text), info, provider, null,
        ILanguage.OPTION_SKIP_TRIVIAL_EXPRESSIONS_IN_AGGREGATE_INITIALIZERS, new NullLogService());
  }

  private static int countProblems(IASTTranslationUnit ast) {
    int[] count = {0};
    ast.accept(new ASTVisitor() {
      {
        shouldVisitProblems = true;
      }

      @Override
      public int visit(IASTProblem problem) {
        count[0]++;
        if (SHOW_PROBLEMS && problem.getFileLocation() != null) {
          System.out.println("  problem: " + problem.getFileLocation().getFileName() + ":"
              + problem.getFileLocation().getStartingLineNumber() + ": " + problem.getRawSignature().lines().findFirst().orElse(""));
        }
        return PROCESS_CONTINUE;
      }
    });
    return count[0];
  }

  /** Serves files under the project root from a cache shared by all passes; nothing else exists. */
  private static final class Provider extends InternalFileContentProvider {
    private final Path root;
    private final Map<String, char[]> files;
    long served;

    Provider(Path root, Map<String, char[]> files) {
      this.root = root;
      this.files = files;
    }

    private char[] text(String path) {
      Path p = Path.of(path).normalize();
      if (!p.startsWith(root)) {
        return null;
      }
      return files.computeIfAbsent(p.toString(), k -> {
        try {
          return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8).toCharArray() : new char[0];
        } catch (IOException e) {
          return new char[0];
        }
      });
    }

    @Override
    public boolean getInclusionExists(String path) {
      char[] t = text(path);
      return t != null && (t.length > 0 || Files.isRegularFile(Path.of(path)));
    }

    @Override
    public InternalFileContent getContentForInclusion(String path, IMacroDictionary dictionary) {
      if (!getInclusionExists(path)) {
        return null;
      }
      char[] t = text(path);
      served += t.length;
      return (InternalFileContent) FileContent.create(path, t);
    }

    @Override
    public InternalFileContent getContentForInclusion(IIndexFileLocation location, String astPath) {
      return getContentForInclusion(astPath, null);
    }
  }

  private static List<Unit> read(Path database) throws IOException {
    String json = Files.readString(database);
    List<Unit> units = new ArrayList<>();
    Matcher entry = ENTRY.matcher(json);
    while (entry.find()) {
      List<String> argv = new ArrayList<>();
      Matcher s = STRING.matcher(entry.group(2));
      while (s.find()) {
        argv.add(s.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
      }
      boolean cpp = argv.get(0).endsWith("++");
      Map<String, String> defines = new HashMap<>();
      // The compat prelude of the reference probe: the target compiler's identity macros.
      defines.put("__GNUC__", "12");
      defines.put("__GNUC_MINOR__", "2");
      defines.put("ESP_PLATFORM", "1");
      defines.put("__CHAR_BIT__", "8");
      defines.put("__SIZEOF_POINTER__", "4");
      defines.put(cpp ? "__cplusplus" : "__STDC_VERSION__", cpp ? "201703L" : "201710L");
      List<String> includes = new ArrayList<>();
      List<String> forced = new ArrayList<>();
      for (int i = 1; i < argv.size(); i++) {
        String a = argv.get(i);
        if (a.startsWith("-D")) {
          int eq = a.indexOf('=');
          defines.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "1" : a.substring(eq + 1));
        } else if (a.startsWith("-I")) {
          includes.add(a.substring(2));
        } else if (a.equals("-include")) {
          forced.add(argv.get(++i));
        }
      }
      units.add(new Unit(Path.of(entry.group(1)), cpp, defines, includes.toArray(String[]::new),
          forced.toArray(String[]::new)));
    }
    return units;
  }

  private static Path commonRoot(List<Unit> units) {
    Path root = units.get(0).file().getParent();
    for (Unit u : units) {
      while (!u.file().startsWith(root)) {
        root = root.getParent();
      }
    }
    // Units sit under <root>/components/<name>/...: step up to the project root.
    while (root.getFileName() != null && !Files.isDirectory(root.resolve("components"))) {
      root = root.getParent();
    }
    return root;
  }
}
