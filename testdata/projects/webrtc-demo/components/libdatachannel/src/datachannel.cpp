#include "rtc/datachannel.hpp"

#include "impl/datachannel.hpp"

namespace rtc {

DataChannel::DataChannel(impl_ptr<impl::DataChannel> impl) : Channel(impl), mImpl(std::move(impl)) {}

DataChannel::~DataChannel() = default;

uint16_t DataChannel::stream() const { return mImpl->stream(); }

string DataChannel::label() const { return mImpl->label(); }

bool DataChannel::send(message_variant data) { return mImpl->send(std::move(data)); }

bool DataChannel::isOpen() const { return mImpl->isOpen(); }

void DataChannel::close() { mImpl->close(); }

} // namespace rtc
