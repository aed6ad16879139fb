#include "datachannel.hpp"

namespace rtc::impl {

DataChannel::DataChannel(weak_ptr<PeerConnection> pc, uint16_t stream, string label)
    : mPeerConnection(std::move(pc)), mStream(stream), mLabel(std::move(label)) {}

DataChannel::~DataChannel() { close(); }

void DataChannel::open(shared_ptr<SctpTransport> transport) {
	mSctpTransport = transport;
	if (!mIsOpen.exchange(true))
		triggerOpen();
}

bool DataChannel::send(message_variant data) {
	auto transport = mSctpTransport.lock();
	if (!transport || mIsClosed)
		return false;

	auto message = std::visit(
	    [](auto &&value) {
		    auto *bytes = reinterpret_cast<const std::byte *>(value.data());
		    return make_shared<binary>(bytes, bytes + value.size());
	    },
	    std::move(data));
	return transport->sendOnStream(mStream, std::move(message));
}

bool DataChannel::isOpen() const { return mIsOpen && !mIsClosed; }

void DataChannel::close() {
	if (mIsClosed.exchange(true))
		return;
	if (auto transport = mSctpTransport.lock())
		transport->closeStream(mStream);
	triggerClosed();
}

void DataChannel::remoteClose() { close(); }

} // namespace rtc::impl
