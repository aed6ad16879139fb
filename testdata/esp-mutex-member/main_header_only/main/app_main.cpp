#include "app/telemetry.hpp"

static app::Telemetry<int> telemetry;

extern "C" void app_main(void) {
	telemetry.publish(42);
}
