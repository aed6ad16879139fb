// esp-default-heap-static: every kind of static storage duration is reported, with its kind
// named; automatic objects, parameters, pointers, references and extern declarations are not.
// No operator new is replaced in this one-file project.
#include <map>
#include <string>
#include <vector>

std::vector<int> gSamples; // expect: esp-default-heap-static "Namespace-scope object 'gSamples' of type 'std::vector<int>' is a container" "internal RAM"
static std::map<int, int> sRoutes; // expect: esp-default-heap-static "Namespace-scope object 'sRoutes'"
extern std::vector<int> gShared; // ok: esp-default-heap-static
std::vector<int> gShared; // expect: esp-default-heap-static "Namespace-scope object 'gShared'"
std::string gNames[4]; // expect: esp-default-heap-static "Namespace-scope object 'gNames'" "is a string"
std::vector<int> *gSamplesView = &gSamples; // ok: esp-default-heap-static
std::vector<int> &gSamplesRef = gSamples; // ok: esp-default-heap-static
thread_local std::string tLastError; // expect: esp-default-heap-static "Thread-local object 'tLastError'"

namespace {
std::vector<char> gScratch; // expect: esp-default-heap-static "Namespace-scope object" "gScratch'"
}

namespace net {
std::vector<int> gPorts; // expect: esp-default-heap-static "Namespace-scope object 'net::gPorts'"
}

class Registry {
public:
	static Registry &instance();
	int count(int key);

private:
	static std::map<int, std::string> sByKey; // ok: esp-default-heap-static
	inline static std::vector<int> sFree; // expect: esp-default-heap-static "Static data member 'Registry::sFree'"
	static std::vector<int> *sOverride; // ok: esp-default-heap-static
	std::vector<int> mInstanceData; // ok: esp-default-heap-static
};

std::map<int, std::string> Registry::sByKey; // expect: esp-default-heap-static "Static data member 'Registry::sByKey'"
std::vector<int> *Registry::sOverride = nullptr; // ok: esp-default-heap-static

Registry &Registry::instance() {
	static Registry registry; // ok: esp-default-heap-static
	return registry;
}

int Registry::count(int key) {
	static std::vector<int> cache; // expect: esp-default-heap-static "Function-local static 'Registry::count::cache'"
	thread_local std::vector<int> perThread; // expect: esp-default-heap-static "Thread-local object"
	static thread_local std::string lastKey; // expect: esp-default-heap-static "Thread-local object"
	std::vector<int> local; // ok: esp-default-heap-static
	static std::vector<int> *lazy = nullptr; // ok: esp-default-heap-static
	cache.push_back(key);
	local.push_back(key);
	return static_cast<int>(cache.size() + local.size() + perThread.size() + lastKey.size());
}

int sum(std::vector<int> values, const std::string &label) { // ok: esp-default-heap-static
	int total = 0;
	for (int v : values) {
		total += v;
	}
	return total + static_cast<int>(label.size());
}
