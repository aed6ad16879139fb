/*
 * Cipher registry. Every allocation here comes from the C heap: this component is built
 * without the PSRAM redirect that libdatachannel, libjuice and usrsctp use.
 */
#include "crypto_kernel.h"
#include "aes_icm.h"
#include "alloc.h"

#include <stdio.h>

typedef struct kernel_cipher_entry {
    uint32_t id;
    const srtp_cipher_type_t *type;
    struct kernel_cipher_entry *next;
} kernel_cipher_entry;

static kernel_cipher_entry *cipher_list = NULL;
static unsigned int live_ciphers = 0;

srtp_err_status_t srtp_crypto_kernel_init(void)
{
    if (cipher_list != NULL) {
        return srtp_err_status_ok;
    }
    return srtp_crypto_kernel_load_cipher_type(&srtp_aes_icm_128, SRTP_AES_ICM_128);
}

srtp_err_status_t srtp_crypto_kernel_shutdown(void)
{
    while (cipher_list != NULL) {
        kernel_cipher_entry *entry = cipher_list;
        cipher_list = entry->next;
        free(entry);
    }
    srtp_malloc_stats();
    return srtp_err_status_ok;
}

srtp_err_status_t srtp_crypto_kernel_load_cipher_type(const srtp_cipher_type_t *type, uint32_t id)
{
    kernel_cipher_entry *entry;

    if (type == NULL) {
        return srtp_err_status_bad_param;
    }
    entry = (kernel_cipher_entry *)malloc(sizeof(kernel_cipher_entry)); // expect: esp-unredirected-alloc "Call to 'malloc' allocates about 12 bytes from internal RAM first: component 'libsrtp' has no PSRAM redirect for malloc (its force-included components/libsrtp/port/config.h does not define it, and no link wrap covers it)" "'libdatachannel' gets one from components/libdatachannel/CMakeLists.txt:44"
    if (entry == NULL) {
        return srtp_err_status_alloc_fail;
    }
    entry->id = id;
    entry->type = type;
    entry->next = cipher_list;
    cipher_list = entry;
    return srtp_err_status_ok;
}

srtp_err_status_t srtp_crypto_kernel_alloc_cipher(uint32_t id, srtp_cipher_t **cipher, int key_len)
{
    const kernel_cipher_entry *entry;

    for (entry = cipher_list; entry != NULL; entry = entry->next) {
        if (entry->id == id) {
            srtp_err_status_t status = entry->type->alloc(cipher, key_len);
            if (status == srtp_err_status_ok) {
                live_ciphers++;
            }
            return status;
        }
    }
    return srtp_err_status_no_such_op;
}

void srtp_malloc_stats(void)
{
    printf("srtp: %u cipher contexts allocated\n", live_ciphers);
}
