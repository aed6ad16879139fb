// esp-unredirected-alloc: C++ constants fold too (constexpr, static const, enum class values).
#include <cstdlib>

namespace {
constexpr std::size_t kSmall = 256;
static const std::size_t kLarge = 64 * 1024;
enum class Limits : int { Packet = 1500, Jumbo = 9000 };
}

void cxx_sizes() {
  void *a = std::malloc(kSmall); // expect: esp-unredirected-alloc "Call to 'malloc' allocates 256 bytes from internal RAM first"
  void *b = std::malloc(kLarge); // ok: esp-unredirected-alloc
  void *c = malloc(static_cast<int>(Limits::Packet)); // expect: esp-unredirected-alloc "allocates 1,500 bytes from internal RAM first"
  void *d = malloc(static_cast<int>(Limits::Jumbo)); // ok: esp-unredirected-alloc
  (void)a; (void)b; (void)c; (void)d;
}
