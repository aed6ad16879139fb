#include "channel.hpp"

namespace rtc::impl {

void Channel::triggerOpen() { openCallback(); }

void Channel::triggerClosed() {
	closedCallback();
	openCallback.reset();
	messageCallback.reset();
}

void Channel::triggerMessage(message_variant message) { messageCallback(std::move(message)); }

} // namespace rtc::impl
