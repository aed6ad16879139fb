// Not matched by ports/esp_*.cpp: the host port.
#include <condition_variable>

class HostDmaPort {
	std::condition_variable mTransferDone;
};
