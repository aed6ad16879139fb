// Included by both sources of the component: one finding, here.
#pragma once

#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

namespace app {

class Mailbox {
public:
	void post(std::string message);
	std::string take();

private:
	std::vector<std::string> mMessages;
	std::mutex mLock; // expect: esp-mutex-member "app::Mailbox::mLock'"
	std::condition_variable mArrived; // expect: esp-mutex-member "app::Mailbox::mArrived'"
};

} // namespace app
