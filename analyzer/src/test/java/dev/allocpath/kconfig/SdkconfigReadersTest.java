package dev.allocpath.kconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.allocpath.model.ConfigValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SdkconfigReadersTest {
  @Test
  void sdkconfigLinesAndNotSetComments() {
    Map<String, ConfigValue> v = SdkconfigFile.parse("""
        # comment
        CONFIG_A=y\r
        # CONFIG_B is not set
        CONFIG_S="a \\"quoted\\" text"
        CONFIG_H=0x1000
        not a line at all
        CONFIG_=broken
        """, "sdkconfig");
    assertEquals("y", v.get("CONFIG_A").value());
    assertEquals("sdkconfig:2", v.get("CONFIG_A").origin());
    assertNull(v.get("CONFIG_B").value());
    assertEquals("\"a \\\"quoted\\\" text\"", v.get("CONFIG_S").value());
    assertEquals("0x1000", v.get("CONFIG_H").value());
    assertEquals(4, v.size());
  }

  @Test
  void jsonFromABuild() {
    Map<String, ConfigValue> v = SdkconfigJson.parse(
        "{\"IDF_TARGET\": \"esp32s3\", \"SPIRAM\": true, \"OFF\": false, \"HZ\": 1000, \"LIST\": [1]}",
        "build/config/sdkconfig.json");
    assertEquals("\"esp32s3\"", v.get("CONFIG_IDF_TARGET").value());
    assertEquals("y", v.get("CONFIG_SPIRAM").value());
    assertNull(v.get("CONFIG_OFF").value());
    assertEquals("1000", v.get("CONFIG_HZ").value());
    assertTrue(!v.containsKey("CONFIG_LIST"));
    assertThrows(IllegalArgumentException.class, () -> SdkconfigJson.parse("[1, 2]", "x"));
    assertThrows(IllegalArgumentException.class, () -> SdkconfigJson.parse("{\"A\": ", "x"));
  }

  @Test
  void headerFromABuild() {
    Map<String, ConfigValue> v = SdkconfigHeader.parse("""
        #pragma once
        #define CONFIG_SPIRAM 1
        #define CONFIG_IDF_TARGET "esp32p4"
        # define CONFIG_FLAG
        #define NOT_CONFIG 3
        """, "build/config/sdkconfig.h");
    assertEquals("1", v.get("CONFIG_SPIRAM").value());
    assertEquals("\"esp32p4\"", v.get("CONFIG_IDF_TARGET").value());
    assertEquals("1", v.get("CONFIG_FLAG").value());
    assertEquals(3, v.size());
    // A bool read as 1 becomes y once the option is known to be a bool.
    Map<String, ConfigValue> resolved = ConfigResolver.resolve(v, KconfigReader.Definitions.empty(), true);
    assertEquals("y", resolved.get("CONFIG_SPIRAM").value());
  }
}
