package dev.allocpath.bench;

/**
 * The parameter lists generated C functions use. A small fixed set lets a caller always build
 * arguments for a callee from what it has in scope, so calls connect functions into a call graph.
 */
enum CSignature {
  /** {@code int f(ctx_t *ctx)} */
  CTX(true, false, false, false, false),
  /** {@code int f(ctx_t *ctx, const uint8_t *data, size_t len)} */
  CTX_DATA(true, true, false, false, false),
  /** {@code int f(ctx_t *ctx, const char *name, uint32_t value)} */
  CTX_NAME(true, false, true, false, false),
  /** {@code int f(ctx_t *ctx, char *out, size_t out_len)} */
  CTX_OUT(true, false, false, true, false),
  /** {@code item_t *f(ctx_t *ctx, uint32_t key)} */
  CTX_KEY(true, false, false, false, true),
  /** {@code uint32_t f(const uint8_t *data, size_t len)}: callable from anywhere. */
  BUF(false, true, false, false, false),
  /** {@code int f(const char *name, char *out, size_t out_len)}: callable from anywhere. */
  STR(false, false, true, true, false);

  final boolean ctx;
  final boolean data;
  final boolean name;
  final boolean out;
  final boolean key;

  CSignature(boolean ctx, boolean data, boolean name, boolean out, boolean key) {
    this.ctx = ctx;
    this.data = data;
    this.name = name;
    this.out = out;
    this.key = key;
  }

  String returnType(CModule m) {
    return switch (this) {
      case CTX_KEY -> m.itemType + " *";
      case BUF -> "uint32_t ";
      default -> "int ";
    };
  }

  String parameters(CModule m) {
    return switch (this) {
      case CTX -> m.ctxType + " *ctx";
      case CTX_DATA -> m.ctxType + " *ctx, const uint8_t *data, size_t len";
      case CTX_NAME -> m.ctxType + " *ctx, const char *name, uint32_t value";
      case CTX_OUT -> m.ctxType + " *ctx, char *out, size_t out_len";
      case CTX_KEY -> m.ctxType + " *ctx, uint32_t key";
      case BUF -> "const uint8_t *data, size_t len";
      case STR -> "const char *name, char *out, size_t out_len";
    };
  }

  /** The variable a function of this signature returns at its end. */
  String resultVariable() {
    return switch (this) {
      case CTX_KEY -> "item";
      case BUF -> "acc";
      default -> "ret";
    };
  }

  /** Statements that set the result to "failed" with {@code error} before leaving. */
  String failWith(String error) {
    return switch (this) {
      case CTX_KEY -> "item = NULL;";
      case BUF -> "acc = 0;";
      default -> "ret = " + error + ";";
    };
  }
}
