#pragma once

#include "common.hpp"

namespace rtc {

namespace impl {
struct Channel;
}

// Common part of DataChannel and Track as the application sees them.
class RTC_CPP_EXPORT Channel {
public:
	virtual ~Channel();

	virtual bool send(message_variant data) = 0;
	virtual bool isOpen() const = 0;
	virtual void close() = 0;

	void onOpen(std::function<void()> callback);
	void onClosed(std::function<void()> callback);
	void onMessage(std::function<void(message_variant)> callback);

protected:
	explicit Channel(impl_ptr<impl::Channel> impl);

private:
	impl_ptr<impl::Channel> mChannelImpl;
};

} // namespace rtc
