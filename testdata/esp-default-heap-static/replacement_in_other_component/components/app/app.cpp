#include <map>
#include <string>
#include <vector>

std::vector<int> gSamples; // ok: esp-default-heap-static
std::map<int, std::string> gRoutes; // ok: esp-default-heap-static

int lookup(int key) {
	static std::vector<int> cache; // ok: esp-default-heap-static
	return static_cast<int>(cache.size()) + key;
}
