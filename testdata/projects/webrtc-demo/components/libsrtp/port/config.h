/*
 * libsrtp port settings for the ESP32-P4 (RISC-V, little endian). Force-included into every
 * libsrtp source by CMakeLists.txt.
 */
#ifndef SRTP_PORT_CONFIG_H
#define SRTP_PORT_CONFIG_H

#define CPU_RISC 1
#define HAVE_STDINT_H 1
#define HAVE_STDLIB_H 1
#define HAVE_ARPA_INET_H 1
#define SRTP_MAX_STREAMS 8

/* Hardware AES is used through mbedTLS elsewhere; this build keeps the portable cipher. */
#define SRTP_USE_PORTABLE_AES 1

#endif /* SRTP_PORT_CONFIG_H */
