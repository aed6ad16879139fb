// esp-default-heap-static: a const std::string initialised with at most 15 characters fits
// the small-string buffer and never allocates. Longer, non-const, wide or computed ones do.
#include <string>

const std::string kShort = "esp32-p4"; // ok: esp-default-heap-static
const std::string kFifteen = "123456789012345"; // ok: esp-default-heap-static
const std::string kSixteen = "1234567890123456"; // expect: esp-default-heap-static "'kSixteen'"
const std::string kEscapes = "\x41\t\101\n\\"; // ok: esp-default-heap-static
const std::string kBraces{"stun"}; // ok: esp-default-heap-static
const std::string kParens("turn"); // ok: esp-default-heap-static
const std::string kEmpty; // ok: esp-default-heap-static
const std::string kEmptyLiteral = ""; // ok: esp-default-heap-static
std::string const kConstAfter = "udp"; // ok: esp-default-heap-static
static const std::string kStatic = "tcp"; // ok: esp-default-heap-static
const std::string kLongHost = "stun.l.google.com:19302"; // expect: esp-default-heap-static "'kLongHost'"
std::string gMutable = "short"; // expect: esp-default-heap-static "'gMutable'"
const std::wstring kWide = L"wide label"; // expect: esp-default-heap-static "'kWide'"
const std::string kJoined = kShort + kLongHost; // expect: esp-default-heap-static "'kJoined'"

const char *label(int code) {
	static const std::string kUnknown = "unknown"; // ok: esp-default-heap-static
	static const std::string kVerbose = "the status code is not known"; // expect: esp-default-heap-static "Function-local static"
	return code == 0 ? kUnknown.c_str() : kVerbose.c_str();
}
