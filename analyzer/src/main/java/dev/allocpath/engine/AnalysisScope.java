package dev.allocpath.engine;

import dev.allocpath.cdt.CdtParser;
import dev.allocpath.model.CompileUnit;
import dev.allocpath.model.Component;
import dev.allocpath.model.ProjectModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a project a narrowed run ({@code --files}, {@code --changed-since}) has to parse so
 * that the findings in the changed files are the ones a whole-project scan reports there.
 *
 * <p>Why whole components: the thread rule judges a handle within its component (a join may be in
 * any of its files) and the redirect rule compares the units of a component. Which components:
 * those compiling a changed source, those whose units include a changed header (directly or
 * through other headers), and those whose files define {@code operator new} (a replacement
 * anywhere silences the default-heap rule everywhere). Includes are found by a textual scan of
 * every C/C++ file under the root (about 0.05 s at the reference size) and matched by file name
 * only, which may take in more than needed, never less. Anything the scan cannot follow (a
 * computed {@code #include MACRO}, a changed CMake file outside any component, a project-level
 * CMakeLists.txt) keeps the whole project.
 */
public final class AnalysisScope {
  private static final Set<String> C_FAMILY = Set.of(
      "c", "cc", "cpp", "cxx", "c++", "h", "hh", "hpp", "hxx", "h++", "inl", "ipp", "tcc");
  /** Beyond this many files the scan would cost more than it saves: keep the whole project. */
  private static final int MAX_FILES = 50_000;

  private final ProjectModel model;
  private final Sources sources;

  private AnalysisScope(ProjectModel model, Sources sources) {
    this.model = model;
    this.sources = sources;
  }

  /** The scope finder of a project, or empty when its includes cannot be followed. */
  public static Optional<AnalysisScope> of(ProjectModel model) {
    Optional<Sources> sources = Sources.scan(model.root());
    if (sources.isEmpty() || !sources.get().addBuildInputs(model)) {
      return Optional.empty();
    }
    return Optional.of(new AnalysisScope(model, sources.get()));
  }

  /**
   * The components to parse for {@code changed} (project-relative paths), or empty when the
   * whole project must be analysed.
   */
  public Optional<Set<String>> componentsFor(Collection<String> changed) {
    Set<String> components = new HashSet<>();
    Set<String> changedCode = new HashSet<>();
    Set<String> ownFiles = new HashSet<>();
    for (String path : changed) {
      if (isCode(path)) {
        changedCode.add(path);
      } else if (isCMake(path)) {
        Optional<Component> owner = componentOfCMake(model, path);
        if (owner.isEmpty()) {
          return Optional.empty(); // a project-level CMake file may change every component
        }
        components.add(owner.get().name());
        // Its flags may change how its headers read in other components' units.
        owner.get().sources().forEach(source -> changedCode.add(model.relative(source.file())));
        ownFiles.add(model.relative(owner.get().dir()) + "/");
      }
    }
    sources.filesUnder(ownFiles).forEach(changedCode::add);
    components.addAll(componentsReaching(union(changedCode, sources.operatorNewFiles)));
    components.addAll(includeNeighbours(components));
    return Optional.of(components);
  }

  /**
   * One include step each way from {@code components}: the components whose headers their files
   * include, and the components that include their headers. An allocation wrapper is defined in
   * one component and called from another that includes its header; the redirect rule judges a
   * call through a wrapper with both in view, so a narrowed run parses both.
   */
  private Set<String> includeNeighbours(Set<String> components) {
    Map<String, String> ownerOf = new HashMap<>();
    for (String file : sources.files) {
      ownerOf.put(file, ownerByDirectory(file));
    }
    Set<String> selectedFiles = new HashSet<>();
    for (CompileUnit unit : model.units()) {
      if (components.contains(unit.component())) {
        selectedFiles.add(model.relative(unit.source()));
      }
    }
    ownerOf.forEach((file, owner) -> {
      if (owner != null && components.contains(owner)) {
        selectedFiles.add(file);
      }
    });
    Map<String, List<String>> filesByName = new HashMap<>();
    sources.files.forEach(f -> filesByName.computeIfAbsent(Sources.fileName(f), k -> new ArrayList<>()).add(f));
    Set<String> neighbours = new HashSet<>();
    for (var entry : sources.includers.entrySet()) {
      boolean includedBySelected = entry.getValue().stream().anyMatch(selectedFiles::contains);
      for (String target : filesByName.getOrDefault(entry.getKey(), List.of())) {
        String owner = ownerOf.get(target);
        if (owner == null) {
          continue;
        }
        if (includedBySelected) {
          neighbours.add(owner);
        }
        if (components.contains(owner)) {
          entry.getValue().forEach(includer -> {
            String user = ownerOf.get(includer);
            if (user != null) {
              neighbours.add(user);
            }
          });
        }
      }
    }
    return neighbours;
  }

  /** The component whose directory holds {@code file} (the deepest), or null. */
  private String ownerByDirectory(String file) {
    String best = null;
    int bestLength = -1;
    for (Component component : model.components()) {
      String dir = model.relative(component.dir()) + "/";
      if (file.startsWith(dir) && dir.length() > bestLength) {
        best = component.name();
        bestLength = dir.length();
      }
    }
    return best;
  }

  /**
   * {@code components} plus every component whose units see a definition of one of
   * {@code macros}: in a header they include (forced ones too) or on their command line.
   */
  public Set<String> widenedBy(Set<String> components, Set<String> macros) {
    Set<String> wider = new HashSet<>(components);
    Set<String> defining = new HashSet<>();
    macros.forEach(m -> defining.addAll(sources.definers.getOrDefault(m, Set.of())));
    wider.addAll(componentsReaching(defining));
    for (CompileUnit unit : model.units()) {
      if (macros.stream().anyMatch(unit.defines()::containsKey)) {
        wider.add(unit.component());
      }
    }
    return wider;
  }

  /**
   * Whether some unit compiles {@code file} (project-relative) or includes it, at any depth: only
   * then can a finding be reported in it.
   */
  public boolean reachesAUnit(String file) {
    return !componentsReaching(Set.of(file)).isEmpty();
  }

  /** The model with only the units of {@code components}. */
  public ProjectModel restrictedTo(Set<String> components) {
    List<CompileUnit> units = model.units().stream().filter(u -> components.contains(u.component())).toList();
    return new ProjectModel(model.root(), model.components(), units, model.buildSource(), model.notifications(),
        model.config(), model.coverage());
  }

  /** Components compiling one of {@code files} or a file that includes one, at any depth. */
  private Set<String> componentsReaching(Set<String> files) {
    Set<String> reached = sources.includersOf(files);
    Set<String> components = new HashSet<>();
    for (CompileUnit unit : model.units()) {
      if (reached.contains(model.relative(unit.source()))) {
        components.add(unit.component());
      }
    }
    return components;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Optional<Component> componentOfCMake(ProjectModel model, String path) {
    return model.components().stream()
        .filter(c -> model.relative(c.cmakeLists()).equals(path)
            || path.endsWith(".cmake") && path.startsWith(model.relative(c.dir()) + "/"))
        .findFirst();
  }

  static boolean isCode(String path) {
    int dot = path.lastIndexOf('.');
    return dot >= 0 && C_FAMILY.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static boolean isCMake(String path) {
    return path.endsWith("CMakeLists.txt") || path.endsWith(".cmake");
  }

  /** What the textual scan of the project's C/C++ files found. */
  private static final class Sources {
    /** File name → project files that include a file of that name. */
    final Map<String, Set<String>> includers = new HashMap<>();
    final Set<String> operatorNewFiles = new HashSet<>();
    final List<String> files = new ArrayList<>();
    /** Macro name → files with a {@code #define} of it. */
    final Map<String, Set<String>> definers = new HashMap<>();

    /** Empty when some file includes through a macro, or the project is too large to scan. */
    static Optional<Sources> scan(Path root) {
      Sources sources = new Sources();
      int[] count = {0};
      boolean[] computed = {false};
      try {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
            boolean skip = !dir.equals(root) && (name.startsWith(".") || name.equals("build"));
            return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            String relative = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
            if (!attributes.isRegularFile() || !isCode(relative)) {
              return FileVisitResult.CONTINUE;
            }
            if (++count[0] > MAX_FILES || !sources.read(file, relative)) {
              computed[0] = true;
              return FileVisitResult.TERMINATE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE; // the parse reports unreadable files
          }
        });
      } catch (IOException | RuntimeException e) {
        return Optional.empty();
      }
      return computed[0] ? Optional.empty() : Optional.of(sources);
    }

    /**
     * What the build adds to the text: units whose source the walk skipped, a forced include
     * ({@code -include h}) is included by every unit that has it, and generated files
     * (configure_file, file(WRITE)) include like any other. False when that cannot be followed.
     */
    boolean addBuildInputs(ProjectModel model) {
      Set<String> scanned = new HashSet<>(files);
      for (CompileUnit unit : model.units()) {
        String source = model.relative(unit.source());
        if (source.startsWith("../")) {
          return false; // a source outside the root (a compile database allowed it): not scanned
        }
        if (!scanned.contains(source) && (Files.isSymbolicLink(unit.source()) || !read(unit.source(), source))) {
          // A source under a directory the walk skips (build/, hidden) is read here; a symlink is
          // left to the parser, which refuses links out of the root: keep the whole project.
          return false;
        }
        unit.forcedIncludes().forEach(forced ->
            includers.computeIfAbsent(fileName(forced.file().toString().replace('\\', '/')), k -> new HashSet<>())
                .add(source));
        for (var generated : unit.virtualFiles().entrySet()) {
          if (!read(generated.getValue(), model.relative(generated.getKey()))) {
            return false;
          }
        }
      }
      return true;
    }

    /** Records the file's includes; false when one is computed by a macro. */
    private boolean read(Path file, String relative) {
      try {
        // The parser reads only regular files up to its size limit; anything else includes
        // nothing for it (and is reported by it), so it includes nothing here either.
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > CdtParser.MAX_FILE_BYTES) {
          return true;
        }
        return read(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1), relative);
      } catch (IOException | RuntimeException e) {
        return true; // unreadable: it includes nothing we could follow, and the parse reports it
      }
    }

    private boolean read(String text, String relative) {
      files.add(relative);
      Directives directives = Directives.of(text);
      if (directives.computedInclude) {
        return false;
      }
      directives.includes.forEach(target ->
          includers.computeIfAbsent(fileName(target), k -> new HashSet<>()).add(relative));
      directives.defines.forEach(name -> definers.computeIfAbsent(name, k -> new HashSet<>()).add(relative));
      if (directives.operatorNew) {
        operatorNewFiles.add(relative);
      }
      return true;
    }

    /** The scanned files under any of {@code dirs} (project-relative, ending in a slash). */
    List<String> filesUnder(Set<String> dirs) {
      return files.stream().filter(f -> dirs.stream().anyMatch(f::startsWith)).toList();
    }

    /** {@code start} and every file that includes one of them, directly or through others. */
    Set<String> includersOf(Set<String> start) {
      Set<String> reached = new HashSet<>(start);
      Deque<String> work = new ArrayDeque<>(start);
      while (!work.isEmpty()) {
        for (String includer : includers.getOrDefault(fileName(work.pop()), Set.of())) {
          if (reached.add(includer)) {
            work.push(includer);
          }
        }
      }
      return reached;
    }

    static String fileName(String path) {
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }
}
