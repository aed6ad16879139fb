#include "rtc/track.hpp"

#include "impl/track.hpp"

namespace rtc {

Track::Track(impl_ptr<impl::Track> impl) : Channel(impl), mImpl(std::move(impl)) {}

Track::~Track() = default;

string Track::mid() const { return mImpl->mid(); }

bool Track::send(message_variant data) { return mImpl->send(std::move(data)); }

bool Track::isOpen() const { return mImpl->isOpen(); }

void Track::close() { mImpl->close(); }

} // namespace rtc
