/*
 * Allocation helpers of the crypto kernel. They sit directly on the C heap.
 */
#ifndef SRTP_ALLOC_H
#define SRTP_ALLOC_H

#include <stdlib.h>

/* Zeroed allocation, so that key material never starts out as stale heap contents. */
#define srtp_crypto_alloc(n) calloc(1, (n))
#define srtp_crypto_free(p) free(p)

/* Prints how many cipher contexts are live. Reports on allocations; allocates nothing. */
void srtp_malloc_stats(void);

#endif /* SRTP_ALLOC_H */
