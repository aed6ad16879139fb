#include "dtlstransport.hpp"

#include <cstring>

namespace rtc::impl {

#if USE_MBEDTLS

DtlsTransport::DtlsTransport(shared_ptr<IceTransport> lower, string fingerprint,
                             state_callback callback)
    : Transport(lower, std::move(callback)), mExpectedFingerprint(std::move(fingerprint)) {
	mbedtls_entropy_init(&mEntropy);
	mbedtls_ctr_drbg_init(&mDrbg);
	mbedtls_ssl_config_init(&mConf);
	mbedtls_ssl_init(&mSsl);

	static const char personalization[] = "libdatachannel-dtls";
	mbedtls_ctr_drbg_seed(&mDrbg, mbedtls_entropy_func, &mEntropy,
	                      reinterpret_cast<const unsigned char *>(personalization),
	                      sizeof(personalization) - 1);
	mbedtls_ssl_config_defaults(&mConf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_DATAGRAM,
	                            MBEDTLS_SSL_PRESET_DEFAULT);
	mbedtls_ssl_conf_rng(&mConf, mbedtls_ctr_drbg_random, &mDrbg);
	mbedtls_ssl_setup(&mSsl, &mConf); // expect: esp-tls-internal-buffers "21,146 bytes of record buffers in internal RAM"
	mbedtls_ssl_set_bio(&mSsl, this, &DtlsTransport::WriteCallback, &DtlsTransport::ReadCallback,
	                    nullptr);
	mbedtls_ssl_set_timer_cb(&mSsl, &mTimer, mbedtls_timing_set_delay,
	                         mbedtls_timing_get_delay);

	// The ICE layer hands every datagram up; DTLS consumes it.
	lower->onRecv([this](message_ptr message) { incoming(std::move(message)); });
}

DtlsTransport::~DtlsTransport() {
	stop();
	mbedtls_ssl_free(&mSsl);
	mbedtls_ssl_config_free(&mConf);
	mbedtls_ctr_drbg_free(&mDrbg);
	mbedtls_entropy_free(&mEntropy);
}

void DtlsTransport::start() {
	changeState(State::Connecting);
	doHandshake();
}

void DtlsTransport::stop() {
	std::lock_guard<std::recursive_mutex> lock(mSslMutex);
	mbedtls_ssl_close_notify(&mSsl);
}

bool DtlsTransport::send(message_ptr message) {
	if (!message || state() != State::Connected)
		return false;
	std::lock_guard<std::recursive_mutex> lock(mSslMutex);
	const auto *data = reinterpret_cast<const unsigned char *>(message->data());
	return mbedtls_ssl_write(&mSsl, data, message->size()) >= 0;
}

void DtlsTransport::incoming(message_ptr message) {
	std::lock_guard<std::recursive_mutex> lock(mSslMutex);
	mIncomingQueue.push_back(std::move(message));
	if (state() == State::Connecting) {
		doHandshake();
		return;
	}

	unsigned char buffer[DEFAULT_SCTP_MAX_MESSAGE_SIZE / 16];
	int ret = mbedtls_ssl_read(&mSsl, buffer, sizeof(buffer));
	if (ret > 0) {
		auto *bytes = reinterpret_cast<const std::byte *>(buffer);
		recv(make_shared<binary>(bytes, bytes + ret));
	}
}

void DtlsTransport::doHandshake() {
	std::lock_guard<std::recursive_mutex> lock(mSslMutex);
	int ret = mbedtls_ssl_handshake(&mSsl);
	if (ret == 0) {
		PLOG_INFO << "DTLS handshake finished";
		changeState(State::Connected);
	} else if (ret != MBEDTLS_ERR_SSL_WANT_READ && ret != MBEDTLS_ERR_SSL_WANT_WRITE) {
		PLOG_ERROR << "DTLS handshake failed: " << ret;
		changeState(State::Failed);
	}
}

int DtlsTransport::WriteCallback(void *ctx, const unsigned char *buf, size_t len) {
	auto *self = static_cast<DtlsTransport *>(ctx);
	auto *bytes = reinterpret_cast<const std::byte *>(buf);
	return self->outgoing(make_shared<binary>(bytes, bytes + len)) ? int(len) : -1;
}

int DtlsTransport::ReadCallback(void *ctx, unsigned char *buf, size_t len) {
	auto *self = static_cast<DtlsTransport *>(ctx);
	if (self->mIncomingQueue.empty())
		return MBEDTLS_ERR_SSL_WANT_READ;
	auto message = std::move(self->mIncomingQueue.front());
	self->mIncomingQueue.erase(self->mIncomingQueue.begin());
	size_t count = std::min(len, message->size());
	std::memcpy(buf, message->data(), count);
	return int(count);
}

#else // GnuTLS

DtlsTransport::DtlsTransport(shared_ptr<IceTransport> lower, string fingerprint,
                             state_callback callback)
    : Transport(lower, std::move(callback)), mExpectedFingerprint(std::move(fingerprint)) {
	gnutls_init(&mSession, GNUTLS_CLIENT | GNUTLS_DATAGRAM);
}

DtlsTransport::~DtlsTransport() { gnutls_deinit(mSession); }

void DtlsTransport::start() { doHandshake(); }
void DtlsTransport::stop() { gnutls_bye(mSession, GNUTLS_SHUT_WR); }

bool DtlsTransport::send(message_ptr message) {
	std::lock_guard<std::mutex> lock(mSendMutex);
	return gnutls_record_send(mSession, message->data(), message->size()) >= 0;
}

void DtlsTransport::incoming(message_ptr message) { mIncomingQueue.push_back(std::move(message)); }
void DtlsTransport::doHandshake() { gnutls_handshake(mSession); }

#endif

} // namespace rtc::impl
