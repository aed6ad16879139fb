// Matched by ports/esp_*.cpp.
#include <condition_variable>

class DmaPort {
	std::condition_variable mTransferDone; // expect: esp-mutex-member "DmaPort::mTransferDone'"
};
