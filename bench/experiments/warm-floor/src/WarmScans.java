import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the same cold-cache `allocpath scan` several times in one JVM and prints each scan's wall
 * and CPU time. The first scan pays the JIT's warm-up, the later ones show what the work costs
 * once the code is compiled: the floor that no start-up trick (class-data archives, AOT caches)
 * can go below. Started with -Dallocpath.phases=true, every scan also prints its phase log,
 * with the parse threads' CPU split between CDT and allocpath's extraction.
 *
 * Usage: java -Dallocpath.phases=true -cp allocpath.jar:classes WarmScans SCANS TREE
 */
public final class WarmScans {
  public static void main(String[] args) throws Exception {
    int scans = Integer.parseInt(args[0]);
    String tree = args[1];
    Path out = Files.createTempFile("warm-scan", ".sarif");
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    try {
      for (int i = 1; i <= scans; i++) {
        long wall = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        int code = dev.allocpath.cli.Main.run(
            "scan", tree, "--format", "sarif", "--output", out.toString(), "--fail-on", "never");
        System.err.printf("warm-floor: scan %d of %d: exit %d, %.2f s wall, %.2f s CPU (all threads)%n",
            i, scans, code, (System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
      }
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
