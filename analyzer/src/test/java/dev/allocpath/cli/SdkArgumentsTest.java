package dev.allocpath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.allocpath.config.ProjectConfig;
import dev.allocpath.kconfig.SdkOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SdkArgumentsTest {
  @TempDir Path dir;

  private static SdkArguments parse(String... args) {
    SdkArguments arguments = new SdkArguments();
    new CommandLine(arguments).parseArgs(args);
    return arguments;
  }

  private static ProjectConfig config(Map<String, List<String>> lists) {
    return new ProjectConfig(Map.of(), List.of(), List.of(), Map.of(), lists);
  }

  @Test
  void commandLineWinsOverTheConfigFileAndTheEnvironment() throws IOException {
    Path board = Files.writeString(dir.resolve("sdkconfig.board"), "CONFIG_A=y\n");
    Files.writeString(dir.resolve("sdkconfig.other"), "");
    SdkOptions sdk = parse("--sdkconfig", board.toString(), "--target", "esp32s3", "-DNOPURE=1", "-D", "X=a b",
        "--define", "HOST", "--define", "LEVEL=2")
        .resolve(config(Map.of("sdkconfig", List.of("sdkconfig.other"), "target", List.of("esp32"),
            "cmake-defines", List.of("NOPURE=0", "Y=1"), "defines", List.of("LEVEL=1"))), dir,
            Map.of("ESP_IDF_VERSION", "5.4"));
    assertEquals(board.toAbsolutePath().normalize(), sdk.sdkconfig());
    assertEquals("esp32s3", sdk.target());
    assertEquals("5.4", sdk.idfVersion());
    assertEquals(Map.of("NOPURE", "1", "X", "a b", "Y", "1"), sdk.cacheVariables());
    assertEquals("2", sdk.predefines().get("LEVEL"));
    assertNull(sdk.predefines().get("HOST"));
    assertNull(sdk.idfPath());
  }

  @Test
  void idfPathFromTheEnvironmentOnlyWhenItIsADirectory() throws IOException {
    Path sdk = Files.createDirectories(dir.resolve("esp-idf"));
    assertEquals(sdk, parse().resolve(config(Map.of()), dir, Map.of("IDF_PATH", sdk.toString())).idfPath());
    assertNull(parse().resolve(config(Map.of()), dir, Map.of("IDF_PATH", dir.resolve("nowhere").toString())).idfPath());
  }

  @Test
  void malformedValuesAreUsageErrors() {
    assertEquals("--target: 'ESP32;rm' is not a chip name (e.g. esp32, esp32s3, esp32p4)",
        assertThrows(UsageException.class, () -> parse("--target", "ESP32;rm").resolve(config(Map.of()), dir, Map.of()))
            .getMessage());
    assertEquals("--idf-version: 'five' is not a version (allowed: X.Y or X.Y.Z)",
        assertThrows(UsageException.class, () -> parse("--idf-version", "five").resolve(config(Map.of()), dir, Map.of()))
            .getMessage());
    assertEquals("--define: '1X=2' is not NAME or NAME=VALUE",
        assertThrows(UsageException.class, () -> parse("--define", "1X=2").resolve(config(Map.of()), dir, Map.of()))
            .getMessage());
    assertEquals("cmake-defines: 'A' is not NAME=VALUE",
        assertThrows(UsageException.class,
            () -> parse().resolve(config(Map.of("cmake-defines", List.of("A"))), dir, Map.of())).getMessage());
    assertThrows(UsageException.class,
        () -> parse("--sdkconfig", dir.resolve("missing").toString()).resolve(config(Map.of()), dir, Map.of()));
    assertThrows(UsageException.class,
        () -> parse("--idf-path", dir.resolve("missing").toString()).resolve(config(Map.of()), dir, Map.of()));
  }
}
