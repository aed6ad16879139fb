package org.eclipse.core.filesystem;

import java.io.File;
import java.net.URI;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Path;

/**
 * Experiment shim: CDT's path converter calls this Eclipse filesystem class, which allocpath's
 * jar does not ship (the analyzer never needs it). Plain local files only.
 */
public final class URIUtil {
  private URIUtil() {}

  public static URI toURI(IPath path) {
    return new File(path.toOSString()).toURI();
  }

  public static URI toURI(String path) {
    return new File(path).toURI();
  }

  public static URI toURI(IPath path, boolean absolute) {
    return toURI(path);
  }

  public static URI toURI(String path, boolean absolute) {
    return toURI(path);
  }

  public static IPath toPath(URI uri) {
    return new Path(new File(uri).getPath());
  }

  public static boolean equals(URI one, URI other) {
    return one.equals(other);
  }
}
