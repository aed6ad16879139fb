#pragma once

#include "channel.hpp"

namespace rtc {

namespace impl {
class Track;
}

// A media track (audio or video) negotiated in the SDP under its own "mid".
class RTC_CPP_EXPORT Track final : public Channel {
public:
	explicit Track(impl_ptr<impl::Track> impl);
	~Track() override;

	string mid() const;

	bool send(message_variant data) override;
	bool isOpen() const override;
	void close() override;

private:
	impl_ptr<impl::Track> mImpl;
};

} // namespace rtc
