#pragma once

#include "channel.hpp"
#include "sctptransport.hpp"

#include <atomic>

namespace rtc::impl {

struct PeerConnection;

struct DataChannel final : Channel, std::enable_shared_from_this<DataChannel> {
	DataChannel(weak_ptr<PeerConnection> pc, uint16_t stream, string label);
	~DataChannel() override;

	void open(shared_ptr<SctpTransport> transport);
	bool send(message_variant data);
	bool isOpen() const override;
	void close() override;
	void remoteClose();

	uint16_t stream() const { return mStream; }
	const string &label() const { return mLabel; }

private:
	const weak_ptr<PeerConnection> mPeerConnection;
	weak_ptr<SctpTransport> mSctpTransport;
	const uint16_t mStream;
	const string mLabel;
	std::atomic<bool> mIsOpen = false;
	std::atomic<bool> mIsClosed = false;
};

} // namespace rtc::impl
