#include "sctptransport.hpp"

#include <unistd.h>

#include <cstring>

namespace rtc::impl {

std::unordered_set<SctpTransport *> SctpTransport::Instances; // expect: esp-default-heap-static "Static data member 'rtc::impl::SctpTransport::Instances'"
std::shared_mutex SctpTransport::InstancesMutex;

void SctpTransport::Init() {
	usrsctp_init(0, &SctpTransport::OnLowerWrite, nullptr);
	usrsctp_sysctl_set_sctp_ecn_enable(0);
}

void SctpTransport::Cleanup() {
	while (usrsctp_finish() != 0)
		usleep(100 * 1000);
}

SctpTransport::SctpTransport(shared_ptr<DtlsTransport> lower, uint16_t port,
                             state_callback callback)
    : Transport(lower, std::move(callback)), mPort(port) {
	{
		std::unique_lock<std::shared_mutex> lock(InstancesMutex);
		Instances.insert(this);
	}
	usrsctp_register_address(this);
	mSock = usrsctp_socket(AF_CONN, SOCK_STREAM, IPPROTO_SCTP, &SctpTransport::OnReceive,
	                       &SctpTransport::OnSendReady, 0, this);
	if (!mSock)
		throw std::runtime_error("Could not create the SCTP socket");
	lower->onRecv([this](message_ptr message) { incoming(std::move(message)); });
}

SctpTransport::~SctpTransport() {
	stop();
	usrsctp_deregister_address(this);
	std::unique_lock<std::shared_mutex> lock(InstancesMutex);
	Instances.erase(this);
}

void SctpTransport::start() {
	changeState(State::Connecting);
	struct sockaddr_conn remote;
	std::memset(&remote, 0, sizeof(remote));
	remote.sconn_family = AF_CONN;
	remote.sconn_port = htons(mPort);
	remote.sconn_addr = this;
	usrsctp_connect(mSock, reinterpret_cast<struct sockaddr *>(&remote), sizeof(remote));
}

void SctpTransport::stop() {
	if (mSock) {
		usrsctp_close(mSock);
		mSock = nullptr;
	}
	mWrittenCondition.notify_all();
}

bool SctpTransport::sendOnStream(uint16_t stream, message_ptr message) {
	std::unique_lock<std::mutex> lock(mSendMutex);
	struct sctp_sndinfo info;
	std::memset(&info, 0, sizeof(info));
	info.snd_sid = stream;
	ssize_t sent = usrsctp_sendv(mSock, message->data(), message->size(), nullptr, 0, &info,
	                             sizeof(info), SCTP_SENDV_SNDINFO, 0);
	if (sent < 0) {
		mBufferedAmount[stream] += message->size();
		mWrittenCondition.wait_for(lock, std::chrono::milliseconds(100), [this] { return mWritten; });
		return false;
	}
	return true;
}

void SctpTransport::closeStream(uint16_t stream) {
	std::lock_guard<std::mutex> lock(mSendMutex);
	mBufferedAmount.erase(stream);
}

size_t SctpTransport::bufferedAmount(uint16_t stream) const {
	std::lock_guard<std::mutex> lock(mSendMutex);
	auto it = mBufferedAmount.find(stream);
	return it != mBufferedAmount.end() ? it->second : 0;
}

void SctpTransport::incoming(message_ptr message) {
	usrsctp_conninput(this, message->data(), message->size(), 0);
}

int SctpTransport::OnReceive(struct socket *, union sctp_sockstore, void *data, size_t len,
                             struct sctp_rcvinfo, int, void *user) {
	std::shared_lock<std::shared_mutex> lock(InstancesMutex);
	auto *self = static_cast<SctpTransport *>(user);
	if (!Instances.count(self) || !data)
		return 0;
	auto *bytes = static_cast<const std::byte *>(data);
	self->recv(make_shared<binary>(bytes, bytes + len));
	free(data); // usrsctp allocated it with its own (redirected) malloc
	return 1;
}

int SctpTransport::OnSendReady(struct socket *, uint32_t, void *user) {
	std::shared_lock<std::shared_mutex> lock(InstancesMutex);
	auto *self = static_cast<SctpTransport *>(user);
	if (Instances.count(self)) {
		std::lock_guard<std::mutex> sendLock(self->mSendMutex);
		self->mWritten = true;
		self->mWrittenCondition.notify_all();
	}
	return 0;
}

int SctpTransport::OnLowerWrite(void *user, void *data, size_t len, uint8_t, uint8_t) {
	std::shared_lock<std::shared_mutex> lock(InstancesMutex);
	auto *self = static_cast<SctpTransport *>(user);
	if (!Instances.count(self))
		return -1;
	auto *bytes = static_cast<const std::byte *>(data);
	return self->outgoing(make_shared<binary>(bytes, bytes + len)) ? 0 : -1;
}

} // namespace rtc::impl
