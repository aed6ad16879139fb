package dev.allocpath.rules.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code allocpath} in a JVM of its own with a small heap, for the memory and time limits: an
 * in-process run would share the test JVM's large heap and prove nothing about memory.
 */
record SmallHeapRun(int exit, String out, String err, Duration took) {
  static final String HEAP = "-Xmx256m";

  static SmallHeapRun run(Path workDir, Duration limit, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP, "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-Xss16m", "-cp", System.getProperty("java.class.path"), "dev.allocpath.cli.Main"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(workDir, "out", ".txt");
    Path err = Files.createTempFile(workDir, "err", ".txt");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    boolean done = process.waitFor(limit.toSeconds() + 30, TimeUnit.SECONDS);
    if (!done) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(done, "still running after " + took.toSeconds() + " s: " + args[args.length - 1]);
    return new SmallHeapRun(process.exitValue(), Files.readString(out), Files.readString(err), took);
  }
}
