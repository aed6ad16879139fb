/* A stand-in for ESP-IDF's esp_attr.h: only what the test needs. */
#pragma once
#define EXT_RAM_BSS_ATTR __attribute__((section(".ext_ram.bss")))
