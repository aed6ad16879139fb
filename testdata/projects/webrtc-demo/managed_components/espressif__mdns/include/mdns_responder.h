#pragma once

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

int mdns_responder_start(const char *hostname);
void mdns_responder_stop(void);

#ifdef __cplusplus
}
#endif
