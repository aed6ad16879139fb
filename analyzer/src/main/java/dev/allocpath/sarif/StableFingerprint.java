package dev.allocpath.sarif;

import dev.allocpath.api.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Our own result fingerprint ({@code partialFingerprints["allocpath/v1"]}): a hash of the rule, the
 * file and the finding's location-independent {@link Finding#identity() identity}. Unlike GitHub's
 * line hash it survives any edit that does not change what is reported, so baselines keyed on it
 * do not resurrect findings when code moves. Bump the key's version whenever the recipe changes.
 */
public final class StableFingerprint {
  public static final String KEY = "allocpath/v1";
  /** 128 bits: collisions are negligible even at GitHub's 25,000 results per run. */
  private static final int BYTES = 16;

  private StableFingerprint() {}

  /** Uses the project-relative path, so the value does not depend on {@code --source-root}. */
  public static String of(Finding finding) {
    return of(finding.ruleId(), finding.location().path(), finding.identity());
  }

  public static String of(String ruleId, String path, String identity) {
    String key = ruleId + "\0" + path + "\0" + identity;
    byte[] digest = sha256().digest(key.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, BYTES);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
  }
}
