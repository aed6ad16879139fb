#pragma once

#include "channel.hpp"

namespace rtc {

namespace impl {
struct DataChannel;
}

class RTC_CPP_EXPORT DataChannel final : public Channel {
public:
	explicit DataChannel(impl_ptr<impl::DataChannel> impl);
	~DataChannel() override;

	uint16_t stream() const;
	string label() const;

	bool send(message_variant data) override;
	bool isOpen() const override;
	void close() override;

private:
	impl_ptr<impl::DataChannel> mImpl;
};

} // namespace rtc
