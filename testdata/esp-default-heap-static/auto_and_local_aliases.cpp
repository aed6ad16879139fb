// esp-default-heap-static: 'auto' statics whose initializer constructs a container or string,
// and function-local aliases: each function's alias of the same name is its own.
// No operator new is replaced in this one-file project.
#include <map>
#include <string>
#include <vector>

using namespace std::string_literals;

static auto gTable = std::vector<int>{1, 2, 3}; // expect: esp-default-heap-static "Namespace-scope object 'gTable' of type 'auto' (std::vector<int>) is a container"
static const auto gBanner = std::string("a banner longer than fifteen characters"); // expect: esp-default-heap-static "'gBanner'" "is a string"
static const auto gShort = std::string("short"); // ok: esp-default-heap-static
static auto gSuffixed = "suffixed"s; // expect: esp-default-heap-static "'gSuffixed'" "is a string"
static auto gNumber = std::to_string(42); // expect: esp-default-heap-static "'gNumber'"
static auto gCount = 4; // ok: esp-default-heap-static
static auto gPointer = new std::vector<int>(); // ok: esp-default-heap-static

int routes() {
  using Table = std::map<int, int>;
  static Table table; // expect: esp-default-heap-static "Function-local static 'routes::table' of type 'Table' (std::map<int, int>)"
  static auto cache = Table{}; // expect: esp-default-heap-static "'routes::cache' of type 'auto' (std::map<int, int>)"
  return static_cast<int>(table.size() + cache.size());
}

int names() {
  using Table = std::vector<std::string>;
  static Table table; // expect: esp-default-heap-static "Function-local static" "std::vector<std::string>"
  return static_cast<int>(table.size());
}

int plain() {
  using Table = int[4];
  static Table table; // ok: esp-default-heap-static
  return table[0];
}

int automatic() {
  auto local = std::vector<int>{1}; // ok: esp-default-heap-static
  return static_cast<int>(local.size());
}
