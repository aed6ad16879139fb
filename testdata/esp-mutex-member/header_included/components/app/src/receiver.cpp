#include "app/mailbox.hpp"

namespace app {

std::string Mailbox::take() {
	std::unique_lock<std::mutex> lock(mLock);
	mArrived.wait(lock, [this] { return !mMessages.empty(); });
	std::string message = std::move(mMessages.front());
	mMessages.erase(mMessages.begin());
	return message;
}

} // namespace app
