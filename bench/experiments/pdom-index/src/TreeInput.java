import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.cdt.core.dom.ast.gnu.c.GCCLanguage;
import org.eclipse.cdt.core.dom.ast.gnu.cpp.GPPLanguage;
import org.eclipse.cdt.core.model.ILanguage;
import org.eclipse.cdt.core.parser.IScannerInfo;
import org.eclipse.cdt.core.parser.ScannerInfo;

/**
 * The generated tree as the benchmark's --build-info directory describes it: one include path
 * list and one macro set for every unit (what the benchmark's cppcheck run is given too).
 */
record TreeInput(List<String> units, IScannerInfo scannerInfo) {
  static TreeInput read(Path buildInfo) throws IOException {
    String[] includes = Files.readAllLines(buildInfo.resolve("includes.txt")).toArray(String[]::new);
    Map<String, String> macros = new LinkedHashMap<>();
    for (String define : Files.readAllLines(buildInfo.resolve("defines.txt"))) {
      int equals = define.indexOf('=');
      macros.put(equals < 0 ? define : define.substring(0, equals), equals < 0 ? "1" : define.substring(equals + 1));
    }
    return new TreeInput(Files.readAllLines(buildInfo.resolve("files.txt")), new ScannerInfo(macros, includes));
  }

  static ILanguage languageOf(String file) {
    return file.endsWith(".c") ? GCCLanguage.getDefault() : GPPLanguage.getDefault();
  }
}
