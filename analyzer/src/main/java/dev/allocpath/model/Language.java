package dev.allocpath.model;

/** The language a translation unit is compiled as. */
public enum Language {
  C,
  CXX;

  /** By extension, as gcc decides: {@code .c} is C, {@code .cc/.cpp/.cxx/.C} are C++. */
  public static Language ofSource(String fileName) {
    return fileName.endsWith(".c") ? C : CXX;
  }
}
