package dev.allocpath.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bill's two parts through the CLI: what start-up code creates (a static object's
 * constructor, app_main) and what one instance of a root class adds (its locks, the threads its
 * methods start, its TLS context), with --per and the budget-per key choosing the roots.
 */
class BillCliTest {
  @TempDir Path root;

  private void project() throws IOException {
    write("CMakeLists.txt", "project(bill)\n");
    write("sdkconfig", """
        CONFIG_PTHREAD_TASK_STACK_SIZE_DEFAULT=5000
        CONFIG_MBEDTLS_INTERNAL_MEM_ALLOC=y
        CONFIG_MBEDTLS_ASYMMETRIC_CONTENT_LEN=y
        CONFIG_MBEDTLS_SSL_IN_CONTENT_LEN=4096
        CONFIG_MBEDTLS_SSL_OUT_CONTENT_LEN=1024
        """);
    write("components/app/CMakeLists.txt", "idf_component_register(SRCS app.cpp)\n");
    write("components/app/app.cpp", """
        #include <mutex>
        #include <thread>
        static void run(void *arg) { (void)arg; }
        class Watchdog {
        public:
            Watchdog() { xTaskCreate(run, "wd", 2048, this, 1, nullptr); }
        };
        Watchdog gWatchdog;

        class Session {
        public:
            Session() {
                mbedtls_ssl_setup(&mSsl, &mConf);
                mWorker = std::thread([] {});
            }
        private:
            std::mutex mLock;
            std::thread mWorker;
            mbedtls_ssl_context mSsl;
            mbedtls_ssl_config mConf;
        };

        class Other {
            std::mutex mA;
        };

        #define DMA_LEN 512
        extern "C" void app_main(void) {
            xTaskCreatePinnedToCore(run, "main", 8192, nullptr, 5, nullptr, 0);
            void *dma = heap_caps_calloc(4, DMA_LEN, MALLOC_CAP_DMA | MALLOC_CAP_INTERNAL);
            void *big = heap_caps_malloc(65536, MALLOC_CAP_SPIRAM);
            (void)dma; (void)big;
        }
        """);
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static List<String> whats(JsonNode part) {
    List<String> whats = new ArrayList<>();
    part.get("lines").forEach(l -> whats.add(l.get("kind").asText() + " " + l.get("bytes").asText() + " "
        + l.get("memory").asText() + " " + l.get("basis").asText()));
    return whats;
  }

  @Test
  void startUpAndPerInstanceAreBilledSeparately() throws IOException {
    project();
    CliRun run = CliRun.of("scan", root.toString(), "--format", "json", "--fail-on", "never");
    assertEquals(0, run.exit(), run.err());
    JsonNode bill = new ObjectMapper().readTree(run.out()).get("budget").get("bill");
    assertEquals("largest", bill.get("roots").asText());
    assertEquals(List.of(
        "stack 2048 internal from the source", "tcb 340 internal measured",
        "stack 8192 internal from the source", "tcb 340 internal measured",
        "internal-block 2048 internal from the source"), whats(bill.get("startup")));
    assertEquals(2, bill.get("perInstance").size(), "Session, then Other; Watchdog is billed at start-up");
    JsonNode session = bill.get("perInstance").get(0);
    assertEquals("Session", session.get("class").asText());
    assertEquals(List.of(
        "primitives 84 internal measured",
        "stack 5000 internal from the configuration", "tcb 340 internal measured",
        "tls 5786 internal from the configuration + estimated overhead"), whats(session));
    assertEquals(84 + 5000 + 340 + 5786, session.get("totals").get("internal").asLong());
    assertEquals(0, session.get("totals").get("PSRAM").asLong());
    assertTrue(session.get("lines").get(3).get("detail").asText().contains("CONFIG_MBEDTLS_SSL_IN_CONTENT_LEN=4096"));
  }

  @Test
  void perChoosesTheRootsOnTheCommandLineAndInTheConfigFile() throws IOException {
    project();
    CliRun run = CliRun.of("scan", root.toString(), "--summary", "--fail-on", "never", "--color", "never",
        "--per", "Other");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("Per instance of Other (chosen with --per)"), run.out());
    assertFalse(run.out().contains("Per instance of Session"), run.out());
    assertTrue(run.out().contains("At start-up"), run.out());

    write(".allocpath.yml", "budget-per: [Session, NoSuchClass]\n");
    CliRun configured = CliRun.of("scan", root.toString(), "--format", "json", "--fail-on", "never");
    JsonNode bill = new ObjectMapper().readTree(configured.out()).get("budget").get("bill");
    assertEquals("configured", bill.get("roots").asText());
    assertEquals(1, bill.get("perInstance").size());
    assertEquals("Session", bill.get("perInstance").get(0).get("class").asText());
    assertTrue(configured.err().contains("no class named 'NoSuchClass'"), configured.err());
    assertEquals("held by value in the object itself", bill.get("perInstance").get(0).get("lines").get(0).get("detail").asText());
  }
}
