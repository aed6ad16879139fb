// esp-mutex-member: static data members are reported too (one object for the program, but
// still internal RAM), with a message that says so. The out-of-class definition of a static
// member is not a second finding. Static methods and constants are not data members.

#include <mutex>
#include <shared_mutex>

struct Channel {
	std::mutex lock; // expect: esp-mutex-member "Member 'Channel::lock'"
};

class Registry {
public:
	static Registry &instance(); // ok: esp-mutex-member
	static std::mutex &lockFor(int id); // ok: esp-mutex-member

private:
	static std::mutex sRegistryLock; // expect: esp-mutex-member "Static member 'Registry::sRegistryLock'" "1 std::mutex"
	inline static std::shared_mutex sReaders; // expect: esp-mutex-member "Static member 'Registry::sReaders'" "1 std::shared_mutex"
	static std::recursive_mutex sStripes[4]; // expect: esp-mutex-member "Static member 'Registry::sStripes'" "4 std::recursive_mutex"
	static Channel sDefaultChannel; // expect: esp-mutex-member "Static member 'Registry::sDefaultChannel'" "1 std::mutex"
	static std::mutex *sOverride; // ok: esp-mutex-member
	static constexpr int kMaxEntries = 16; // ok: esp-mutex-member

	std::mutex mInstanceLock; // expect: esp-mutex-member "Member 'Registry::mInstanceLock'"
};

std::mutex Registry::sRegistryLock; // ok: esp-mutex-member
std::recursive_mutex Registry::sStripes[4]; // ok: esp-mutex-member
Channel Registry::sDefaultChannel; // ok: esp-mutex-member
std::mutex *Registry::sOverride = nullptr; // ok: esp-mutex-member

Registry &Registry::instance() {
	static Registry registry; // ok: esp-mutex-member
	return registry;
}

std::mutex &Registry::lockFor(int id) {
	std::lock_guard<std::mutex> guard(sRegistryLock);
	return id < 0 ? *sOverride : sRegistryLock;
}
