/*
 * Counter-mode cipher context. The block function below is a simplified stand-in for the
 * AES rounds: the point of this file is how its context is allocated.
 */
#include "aes_icm.h"
#include "alloc.h"

#include <string.h>

#define AES_BLOCK_LEN 16

typedef struct {
    uint8_t key[AES_BLOCK_LEN];
    uint8_t counter[AES_BLOCK_LEN];
    uint8_t keystream[AES_BLOCK_LEN];
    size_t keystream_used;
} aes_icm_state_t;

static void aes_icm_block(const uint8_t key[AES_BLOCK_LEN], const uint8_t in[AES_BLOCK_LEN],
                          uint8_t out[AES_BLOCK_LEN])
{
    int i;
    for (i = 0; i < AES_BLOCK_LEN; i++) {
        out[i] = (uint8_t)(in[i] ^ key[i] ^ (uint8_t)(i * 0x1b));
    }
}

static srtp_err_status_t aes_icm_alloc(srtp_cipher_t **cipher, int key_len)
{
    srtp_cipher_t *c;

    if (key_len != AES_BLOCK_LEN && key_len != SRTP_MASTER_KEY_LEN) {
        return srtp_err_status_bad_param;
    }
    c = (srtp_cipher_t *)srtp_crypto_alloc(sizeof(srtp_cipher_t)); // expect: esp-unredirected-alloc "Call to 'calloc' (through macro 'srtp_crypto_alloc')" "component 'libsrtp'"
    if (c == NULL) {
        return srtp_err_status_alloc_fail;
    }
    c->state = srtp_crypto_alloc(sizeof(aes_icm_state_t)); // expect: esp-unredirected-alloc "Call to 'calloc' (through macro 'srtp_crypto_alloc')"
    if (c->state == NULL) {
        srtp_crypto_free(c);
        return srtp_err_status_alloc_fail;
    }
    c->type = &srtp_aes_icm_128;
    c->key_len = key_len;
    *cipher = c;
    return srtp_err_status_ok;
}

static srtp_err_status_t aes_icm_dealloc(srtp_cipher_t *cipher)
{
    if (cipher == NULL) {
        return srtp_err_status_bad_param;
    }
    /* Wipe the key before the memory goes back to the heap. */
    memset(cipher->state, 0, sizeof(aes_icm_state_t));
    srtp_crypto_free(cipher->state);
    srtp_crypto_free(cipher);
    return srtp_err_status_ok;
}

static srtp_err_status_t aes_icm_init(srtp_cipher_t *cipher, const uint8_t *key)
{
    aes_icm_state_t *state = (aes_icm_state_t *)cipher->state;
    memcpy(state->key, key, AES_BLOCK_LEN);
    memset(state->counter, 0, AES_BLOCK_LEN);
    state->keystream_used = AES_BLOCK_LEN;
    return srtp_err_status_ok;
}

static srtp_err_status_t aes_icm_encrypt(srtp_cipher_t *cipher, uint8_t *buffer, size_t len)
{
    aes_icm_state_t *state = (aes_icm_state_t *)cipher->state;
    size_t i;

    for (i = 0; i < len; i++) {
        if (state->keystream_used == AES_BLOCK_LEN) {
            aes_icm_block(state->key, state->counter, state->keystream);
            state->counter[AES_BLOCK_LEN - 1]++;
            state->keystream_used = 0;
        }
        buffer[i] ^= state->keystream[state->keystream_used++];
    }
    return srtp_err_status_ok;
}

const srtp_cipher_type_t srtp_aes_icm_128 = {
    "AES-128 integer counter mode",
    aes_icm_alloc,
    aes_icm_dealloc,
    aes_icm_init,
    aes_icm_encrypt,
};
