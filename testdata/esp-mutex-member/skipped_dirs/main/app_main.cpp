// Application code: skipped, so this mutex member is not reported.
#include "led.hpp"

#include <mutex>

struct AppState {
	std::mutex lock;
	Led status;
};

static AppState gState;

extern "C" void app_main(void) {
	std::lock_guard<std::mutex> guard(gState.lock);
	gState.status.set(true);
}
