#include "rtc/channel.hpp"

#include "impl/channel.hpp"

namespace rtc {

Channel::Channel(impl_ptr<impl::Channel> impl) : mChannelImpl(std::move(impl)) {}

Channel::~Channel() = default;

void Channel::onOpen(std::function<void()> callback) { mChannelImpl->openCallback = std::move(callback); }

void Channel::onClosed(std::function<void()> callback) {
	mChannelImpl->closedCallback = std::move(callback);
}

void Channel::onMessage(std::function<void(message_variant)> callback) {
	mChannelImpl->messageCallback = std::move(callback);
}

} // namespace rtc
