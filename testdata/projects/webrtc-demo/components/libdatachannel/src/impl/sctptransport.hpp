// SCTP association over DTLS, through usrsctp. Carries the data channels.
#pragma once

#include "dtlstransport.hpp"
#include "transport.hpp"

#include "usrsctp.h"

#include <condition_variable>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <unordered_set>

namespace rtc::impl {

class SctpTransport final : public Transport {
public:
	static void Init();
	static void Cleanup();

	SctpTransport(shared_ptr<DtlsTransport> lower, uint16_t port, state_callback callback);
	~SctpTransport() override;

	void start() override;
	void stop() override;
	bool sendOnStream(uint16_t stream, message_ptr message);
	void closeStream(uint16_t stream);
	size_t bufferedAmount(uint16_t stream) const;

private:
	static int OnReceive(struct socket *sock, union sctp_sockstore addr, void *data, size_t len,
	                     struct sctp_rcvinfo recv_info, int flags, void *user);
	static int OnSendReady(struct socket *sock, uint32_t sb_free, void *user);
	static int OnLowerWrite(void *user, void *data, size_t len, uint8_t tos, uint8_t set_df);

	void incoming(message_ptr message);

	const uint16_t mPort;
	struct socket *mSock = nullptr;
	std::map<uint16_t, size_t> mBufferedAmount;
	bool mWritten = false;

	mutable std::mutex mSendMutex; // expect: esp-mutex-member "SctpTransport::mSendMutex'"
	std::condition_variable mWrittenCondition; // expect: esp-mutex-member "SctpTransport::mWrittenCondition'"

	// usrsctp calls back with a raw pointer; this set tells which transports are still alive.
	static std::unordered_set<SctpTransport *> Instances;
	static std::shared_mutex InstancesMutex; // expect: esp-mutex-member "Static member" "SctpTransport::InstancesMutex'"
};

} // namespace rtc::impl
