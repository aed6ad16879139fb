/* The project's own mock of esp_attr.h (as host-test setups ship): it wins over allocpath's. */
#pragma once
#define APP_MOCK_ESP_ATTR 1
#define IRAM_ATTR __attribute__((section(".iram1.mock")))
/* This mock has no DRAM_ATTR: allocpath must not add one, since the project's header was found. */
