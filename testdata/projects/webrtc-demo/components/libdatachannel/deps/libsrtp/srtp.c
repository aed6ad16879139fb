/*
 * SRTP sessions: one context per session, one stream per SSRC.
 *
 * Sessions are created while the DTLS handshake completes, so every malloc below runs once
 * per media connection and lands in internal RAM (no redirect in this component).
 */
#include "srtp.h"
#include "alloc.h"
#include "crypto_kernel.h"

#include <stdio.h>
#include <string.h>

typedef struct srtp_stream_t {
    uint32_t ssrc;
    srtp_cipher_t *cipher;
    uint32_t roc;
    uint16_t last_seq;
    uint8_t *replay_window;
    size_t window_size;
    struct srtp_stream_t *next;
} srtp_stream_t;

struct srtp_ctx_t_ {
    srtp_stream_t *streams;
    srtp_stream_t *template_stream;
    void *user_data;
};

static int srtp_initialized = 0;

static void srtp_log_error(const char *what)
{
    fprintf(stderr, "srtp: %s\n", what);
}

srtp_err_status_t srtp_init(void)
{
    srtp_err_status_t status;

    if (srtp_initialized) {
        return srtp_err_status_ok;
    }
    status = srtp_crypto_kernel_init();
    if (status != srtp_err_status_ok) {
        return srtp_err_status_init_fail;
    }
    srtp_initialized = 1;
    return srtp_err_status_ok;
}

srtp_err_status_t srtp_shutdown(void)
{
    srtp_initialized = 0;
    return srtp_crypto_kernel_shutdown();
}

static srtp_err_status_t stream_alloc(srtp_stream_t **stream, const srtp_policy_t *policy)
{
    srtp_stream_t *s;
    srtp_err_status_t status;

    s = (srtp_stream_t *)malloc(sizeof(srtp_stream_t)); // expect: esp-unredirected-alloc "component 'libsrtp' has no PSRAM redirect for malloc"
    if (s == NULL) {
        srtp_log_error("malloc failed for a stream");
        return srtp_err_status_alloc_fail;
    }
    memset(s, 0, sizeof(*s));

    s->window_size = policy->window_size ? policy->window_size : 128;
    s->replay_window = (uint8_t *)calloc(s->window_size / 8, 1); // expect: esp-unredirected-alloc "Call to 'calloc' may allocate from internal RAM: component 'libsrtp' has no PSRAM redirect for calloc" "its size 's->window_size / 8 * 1' is not a constant: with CONFIG_SPIRAM_USE_MALLOC it is internal when n <= 16384" "'libdatachannel' gets one from components/libdatachannel/CMakeLists.txt:44"
    if (s->replay_window == NULL) {
        free(s);
        return srtp_err_status_alloc_fail;
    }

    status = srtp_crypto_kernel_alloc_cipher(SRTP_AES_ICM_128, &s->cipher, SRTP_MASTER_KEY_LEN);
    if (status != srtp_err_status_ok) {
        free(s->replay_window);
        free(s);
        return status;
    }
    s->cipher->type->init(s->cipher, policy->key);
    s->ssrc = policy->ssrc_value;
    *stream = s;
    return srtp_err_status_ok;
}

static void stream_dealloc(srtp_stream_t *stream)
{
    stream->cipher->type->dealloc(stream->cipher);
    free(stream->replay_window);
    free(stream);
}

srtp_err_status_t srtp_create(srtp_t *session, const srtp_policy_t *policy)
{
    srtp_ctx_t *ctx;

    if (session == NULL || policy == NULL) {
        return srtp_err_status_bad_param;
    }

    /* One context per session; the streams hang off it (malloc'd below, freed in srtp_dealloc). */
    ctx = (srtp_ctx_t *)malloc(sizeof(srtp_ctx_t)); // expect: esp-unredirected-alloc "component 'libsrtp' has no PSRAM redirect for malloc"
    if (ctx == NULL) {
        return srtp_err_status_alloc_fail;
    }
    memset(ctx, 0, sizeof(*ctx));

    for (; policy != NULL; policy = policy->next) {
        srtp_stream_t *stream = NULL;
        srtp_err_status_t status = stream_alloc(&stream, policy);
        if (status != srtp_err_status_ok) {
            srtp_dealloc(ctx);
            return status;
        }
        if (policy->ssrc_type == srtp_ssrc_specific) {
            stream->next = ctx->streams;
            ctx->streams = stream;
        } else {
            ctx->template_stream = stream;
        }
    }

#if 0
    /* Debug aid: a guard page after each context. Disabled: doubles the heap use. */
    ctx->user_data = malloc(4096);
#endif

    *session = ctx;
    return srtp_err_status_ok;
}

srtp_err_status_t srtp_dealloc(srtp_t session)
{
    srtp_stream_t *stream;

    if (session == NULL) {
        return srtp_err_status_bad_param;
    }
    while ((stream = session->streams) != NULL) {
        session->streams = stream->next;
        stream_dealloc(stream);
    }
    if (session->template_stream != NULL) {
        stream_dealloc(session->template_stream);
    }
    free(session);
    return srtp_err_status_ok;
}

static srtp_stream_t *find_stream(srtp_t session, uint32_t ssrc)
{
    srtp_stream_t *stream;
    for (stream = session->streams; stream != NULL; stream = stream->next) {
        if (stream->ssrc == ssrc) {
            return stream;
        }
    }
    return session->template_stream;
}

static uint32_t rtp_ssrc(const uint8_t *rtp)
{
    return ((uint32_t)rtp[8] << 24) | ((uint32_t)rtp[9] << 16) | ((uint32_t)rtp[10] << 8) | rtp[11];
}

srtp_err_status_t srtp_protect(srtp_t session, void *rtp, int *len)
{
    uint8_t *packet = (uint8_t *)rtp;
    srtp_stream_t *stream;

    if (*len < 12) {
        return srtp_err_status_bad_param;
    }
    stream = find_stream(session, rtp_ssrc(packet));
    if (stream == NULL) {
        return srtp_err_status_no_such_op;
    }
    stream->cipher->type->encrypt(stream->cipher, packet + 12, (size_t)(*len - 12));
    memset(packet + *len, 0, SRTP_MAX_TRAILER_LEN);
    *len += SRTP_MAX_TRAILER_LEN;
    return srtp_err_status_ok;
}

srtp_err_status_t srtp_unprotect(srtp_t session, void *srtp, int *len)
{
    uint8_t *packet = (uint8_t *)srtp;
    srtp_stream_t *stream;

    if (*len < 12 + SRTP_MAX_TRAILER_LEN) {
        return srtp_err_status_bad_param;
    }
    stream = find_stream(session, rtp_ssrc(packet));
    if (stream == NULL) {
        return srtp_err_status_no_such_op;
    }
    *len -= SRTP_MAX_TRAILER_LEN;
    stream->cipher->type->encrypt(stream->cipher, packet + 12, (size_t)(*len - 12));
    return srtp_err_status_ok;
}
