/*
 * Secure RTP: protect and unprotect RTP packets of a media session.
 */
#ifndef SRTP_SRTP_H
#define SRTP_SRTP_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    srtp_err_status_ok = 0,
    srtp_err_status_fail = 1,
    srtp_err_status_bad_param = 2,
    srtp_err_status_alloc_fail = 3,
    srtp_err_status_init_fail = 5,
    srtp_err_status_no_such_op = 12,
    srtp_err_status_auth_fail = 7,
    srtp_err_status_replay_fail = 9
} srtp_err_status_t;

typedef enum {
    srtp_ssrc_undefined = 0,
    srtp_ssrc_specific = 1,
    srtp_ssrc_any_inbound = 2,
    srtp_ssrc_any_outbound = 3
} srtp_ssrc_type_t;

#define SRTP_MASTER_KEY_LEN 30
#define SRTP_MAX_TRAILER_LEN 16

typedef struct srtp_policy_t {
    srtp_ssrc_type_t ssrc_type;
    uint32_t ssrc_value;
    unsigned char key[SRTP_MASTER_KEY_LEN];
    size_t window_size;
    struct srtp_policy_t *next;
} srtp_policy_t;

typedef struct srtp_ctx_t_ srtp_ctx_t;
typedef srtp_ctx_t *srtp_t;

srtp_err_status_t srtp_init(void);
srtp_err_status_t srtp_shutdown(void);

srtp_err_status_t srtp_create(srtp_t *session, const srtp_policy_t *policy);
srtp_err_status_t srtp_dealloc(srtp_t session);

srtp_err_status_t srtp_protect(srtp_t session, void *rtp, int *len);
srtp_err_status_t srtp_unprotect(srtp_t session, void *srtp, int *len);

#ifdef __cplusplus
}
#endif

#endif /* SRTP_SRTP_H */
