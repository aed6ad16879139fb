// Stand-in for a managed component. The analyzer skips managed_components/, so the mutex
// members and the thread that is never joined below must produce no findings.

#include "mdns_responder.h"

#include <pthread.h>

#include <condition_variable>
#include <mutex>
#include <string>

namespace {

struct Responder {
	std::mutex stateMutex;
	std::condition_variable wake;
	std::string hostname;
	bool running = false;
};

Responder gResponder;
pthread_t gAnnounceThread;

void *announceLoop(void *) {
	std::unique_lock<std::mutex> lock(gResponder.stateMutex);
	while (gResponder.running)
		gResponder.wake.wait(lock);
	return nullptr;
}

} // namespace

extern "C" int mdns_responder_start(const char *hostname) {
	{
		std::lock_guard<std::mutex> lock(gResponder.stateMutex);
		gResponder.hostname = hostname;
		gResponder.running = true;
	}
	return pthread_create(&gAnnounceThread, nullptr, announceLoop, nullptr);
}

extern "C" void mdns_responder_stop(void) {
	std::lock_guard<std::mutex> lock(gResponder.stateMutex);
	gResponder.running = false;
	gResponder.wake.notify_all();
}
