/*
 * AES in integer counter mode, the default SRTP cipher.
 */
#ifndef SRTP_AES_ICM_H
#define SRTP_AES_ICM_H

#include "crypto_kernel.h"

extern const srtp_cipher_type_t srtp_aes_icm_128;

#endif /* SRTP_AES_ICM_H */
