// esp-default-heap-static: a container with another allocator allocates wherever that
// allocator says. Aliases are followed, both to find the container and its allocator.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

template <typename T> class PSRAMAllocator {
public:
	using value_type = T;
	T *allocate(std::size_t n);
	void deallocate(T *p, std::size_t n);
};

using binary = std::vector<std::byte, PSRAMAllocator<std::byte>>;
using bytes = std::vector<std::uint8_t>;
typedef std::map<int, std::string> Directory;
typedef std::map<int, int, std::less<int>, PSRAMAllocator<std::pair<const int, int>>> PsramDirectory;
template <typename T> using psram_vector = std::vector<T, PSRAMAllocator<T>>;
template <typename T> using plain_vector = std::vector<T>;
template <typename T> using default_alloc = std::allocator<T>;
using psram_string = std::basic_string<char, std::char_traits<char>, PSRAMAllocator<char>>;
using frame = binary;
using frames = bytes;

std::vector<int, PSRAMAllocator<int>> gDirect; // ok: esp-default-heap-static
binary gBinary; // ok: esp-default-heap-static
frame gFrame; // ok: esp-default-heap-static
PsramDirectory gPsramDirectory; // ok: esp-default-heap-static
psram_vector<float> gPsramFloats; // ok: esp-default-heap-static
psram_string gPsramName; // ok: esp-default-heap-static

bytes gBytes; // expect: esp-default-heap-static "'gBytes' of type 'bytes'" "std::vector<std::uint8_t>"
frames gFrames; // expect: esp-default-heap-static "'gFrames' of type 'frames'"
Directory gDirectory; // expect: esp-default-heap-static "'gDirectory'"
plain_vector<float> gFloats; // expect: esp-default-heap-static "'gFloats'"
std::vector<int, default_alloc<int>> gSpelledDefault; // expect: esp-default-heap-static "'gSpelledDefault'"

namespace media {
using Packet = std::vector<std::uint8_t, PSRAMAllocator<std::uint8_t>>;
using Log = std::vector<std::string>;

Packet gPacket; // ok: esp-default-heap-static
Log gLog; // expect: esp-default-heap-static "'media::gLog' of type 'Log'"
}

media::Packet gQualifiedPacket; // ok: esp-default-heap-static
