// DTLS on top of ICE. The ESP-IDF build uses mbedTLS (USE_MBEDTLS=1 in CMakeLists.txt);
// the GnuTLS branch is what a desktop build would compile.
#pragma once

#include "icetransport.hpp"
#include "transport.hpp"

#include <chrono>
#include <mutex>

#if USE_MBEDTLS
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/ssl.h>
#include <mbedtls/timing.h>
#else
#include <gnutls/gnutls.h>
#endif

namespace rtc::impl {

class DtlsTransport final : public Transport {
public:
	DtlsTransport(shared_ptr<IceTransport> lower, string fingerprint, state_callback callback);
	~DtlsTransport() override;

	void start() override;
	void stop() override;
	bool send(message_ptr message) override;

private:
	void incoming(message_ptr message);
	void doHandshake();

	const string mExpectedFingerprint;
	std::chrono::milliseconds mHandshakeTimeout{10000};
	std::vector<message_ptr> mIncomingQueue;

#if USE_MBEDTLS
	static int WriteCallback(void *ctx, const unsigned char *buf, size_t len);
	static int ReadCallback(void *ctx, unsigned char *buf, size_t len);

	mbedtls_entropy_context mEntropy;
	mbedtls_ctr_drbg_context mDrbg;
	mbedtls_ssl_config mConf;
	mbedtls_ssl_context mSsl;
	mbedtls_timing_delay_context mTimer;

	// mbedTLS contexts are not thread-safe; the lock is taken by send() and by the ICE thread.
	std::recursive_mutex mSslMutex; // expect: esp-mutex-member "DtlsTransport::mSslMutex'" "1 std::recursive_mutex"
#else
	gnutls_session_t mSession = nullptr;
	std::mutex mSendMutex;
#endif
};

} // namespace rtc::impl
