/*
 * The crypto kernel keeps the list of cipher implementations and hands out cipher contexts.
 */
#ifndef SRTP_CRYPTO_KERNEL_H
#define SRTP_CRYPTO_KERNEL_H

#include "srtp.h"

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SRTP_AES_ICM_128 1

typedef struct srtp_cipher_t srtp_cipher_t;

typedef struct srtp_cipher_type_t {
    const char *description;
    srtp_err_status_t (*alloc)(srtp_cipher_t **cipher, int key_len);
    srtp_err_status_t (*dealloc)(srtp_cipher_t *cipher);
    srtp_err_status_t (*init)(srtp_cipher_t *cipher, const uint8_t *key);
    srtp_err_status_t (*encrypt)(srtp_cipher_t *cipher, uint8_t *buffer, size_t len);
} srtp_cipher_type_t;

struct srtp_cipher_t {
    const srtp_cipher_type_t *type;
    void *state;
    int key_len;
};

srtp_err_status_t srtp_crypto_kernel_init(void);
srtp_err_status_t srtp_crypto_kernel_shutdown(void);
srtp_err_status_t srtp_crypto_kernel_load_cipher_type(const srtp_cipher_type_t *type, uint32_t id);
srtp_err_status_t srtp_crypto_kernel_alloc_cipher(uint32_t id, srtp_cipher_t **cipher, int key_len);

#ifdef __cplusplus
}
#endif

#endif /* SRTP_CRYPTO_KERNEL_H */
