#include "app/mailbox.hpp"

#if 0
#include "app/legacy_mailbox.hpp"
#endif

namespace app {

void Mailbox::post(std::string message) {
	{
		std::lock_guard<std::mutex> guard(mLock);
		mMessages.push_back(std::move(message));
	}
	mArrived.notify_one();
}

} // namespace app
