/* Host-test stub: the real redirect lives in the psram component. */
#pragma once
#define PSRAM_REDIRECT_STUB 1
