// allocpath's stand-ins for ESP-IDF SDK macros that change how code parses when missing.
// Each group is used for a unit only when none of the headers it names can be found on the
// unit's include path (a project that ships its own esp_attr.h keeps its own), and never when
// the real SDK is given (--idf-path or IDF_PATH). Section attributes keep the section names the
// SDK gives them, so placement stays visible; bodies evaluate their arguments so calls inside
// a log or check macro stay calls. Every definition is guarded, so a definition seen earlier wins.

// group: esp_attr.h
#ifndef IRAM_ATTR
#define IRAM_ATTR __attribute__((section(".iram1")))
#endif
#ifndef DRAM_ATTR
#define DRAM_ATTR __attribute__((section(".dram1")))
#endif
#ifndef IRAM_DATA_ATTR
#define IRAM_DATA_ATTR __attribute__((section(".iram.data")))
#endif
#ifndef IRAM_BSS_ATTR
#define IRAM_BSS_ATTR __attribute__((section(".iram.bss")))
#endif
#ifndef DRAM_STR
#define DRAM_STR(str) (str)
#endif
#ifndef WORD_ALIGNED_ATTR
#define WORD_ALIGNED_ATTR __attribute__((aligned(4)))
#endif
#ifndef DMA_ATTR
#define DMA_ATTR WORD_ALIGNED_ATTR DRAM_ATTR
#endif
#ifndef EXT_RAM_BSS_ATTR
#if CONFIG_SPIRAM_ALLOW_BSS_SEG_EXTERNAL_MEMORY
#define EXT_RAM_BSS_ATTR __attribute__((section(".ext_ram.bss")))
#else
#define EXT_RAM_BSS_ATTR
#endif
#endif
#ifndef EXT_RAM_ATTR
#define EXT_RAM_ATTR EXT_RAM_BSS_ATTR
#endif
#ifndef EXT_RAM_NOINIT_ATTR
#if CONFIG_SPIRAM_ALLOW_NOINIT_SEG_EXTERNAL_MEMORY
#define EXT_RAM_NOINIT_ATTR __attribute__((section(".ext_ram_noinit")))
#else
#define EXT_RAM_NOINIT_ATTR __attribute__((section(".noinit")))
#endif
#endif
#ifndef NOINIT_ATTR
#define NOINIT_ATTR __attribute__((section(".noinit")))
#endif
#ifndef RTC_DATA_ATTR
#define RTC_DATA_ATTR __attribute__((section(".rtc.data")))
#endif
#ifndef RTC_RODATA_ATTR
#define RTC_RODATA_ATTR __attribute__((section(".rtc.rodata")))
#endif
#ifndef RTC_NOINIT_ATTR
#define RTC_NOINIT_ATTR __attribute__((section(".rtc_noinit")))
#endif
#ifndef RTC_IRAM_ATTR
#define RTC_IRAM_ATTR __attribute__((section(".rtc.text")))
#endif
#ifndef RTC_FAST_ATTR
#define RTC_FAST_ATTR __attribute__((section(".rtc.force_fast")))
#endif
#ifndef RTC_SLOW_ATTR
#define RTC_SLOW_ATTR __attribute__((section(".rtc.force_slow")))
#endif
#ifndef COREDUMP_DRAM_ATTR
#define COREDUMP_DRAM_ATTR __attribute__((section(".dram2.coredump")))
#endif
#ifndef FORCE_INLINE_ATTR
#define FORCE_INLINE_ATTR static inline __attribute__((always_inline))
#endif
#ifndef NOINLINE_ATTR
#define NOINLINE_ATTR __attribute__((noinline))
#endif
#ifndef IRAM_ISR_ATTR
#define IRAM_ISR_ATTR IRAM_ATTR
#endif

// group: esp_compiler.h
#ifndef likely
#define likely(x) __builtin_expect(!!(x), 1)
#endif
#ifndef unlikely
#define unlikely(x) __builtin_expect(!!(x), 0)
#endif

// group: esp_log.h
#ifndef ESP_LOGE
#define ESP_LOG_COMPAT_ARGS(tag, format, ...) ((void)(tag), (void)(format), ##__VA_ARGS__)
#define ESP_LOGE(tag, format, ...) ESP_LOG_COMPAT_ARGS(tag, format, ##__VA_ARGS__)
#define ESP_LOGW(tag, format, ...) ESP_LOG_COMPAT_ARGS(tag, format, ##__VA_ARGS__)
#define ESP_LOGI(tag, format, ...) ESP_LOG_COMPAT_ARGS(tag, format, ##__VA_ARGS__)
#define ESP_LOGD(tag, format, ...) ESP_LOG_COMPAT_ARGS(tag, format, ##__VA_ARGS__)
#define ESP_LOGV(tag, format, ...) ESP_LOG_COMPAT_ARGS(tag, format, ##__VA_ARGS__)
#define ESP_EARLY_LOGE(tag, format, ...) ESP_LOG_COMPAT_ARGS(tag, format, ##__VA_ARGS__)
#define ESP_EARLY_LOGW(tag, format, ...) ESP_LOG_COMPAT_ARGS(tag, format, ##__VA_ARGS__)
#define ESP_EARLY_LOGI(tag, format, ...) ESP_LOG_COMPAT_ARGS(tag, format, ##__VA_ARGS__)
#define ESP_EARLY_LOGD(tag, format, ...) ESP_LOG_COMPAT_ARGS(tag, format, ##__VA_ARGS__)
#define ESP_EARLY_LOGV(tag, format, ...) ESP_LOG_COMPAT_ARGS(tag, format, ##__VA_ARGS__)
#define ESP_DRAM_LOGE(tag, format, ...) ESP_LOG_COMPAT_ARGS(tag, format, ##__VA_ARGS__)
#define ESP_DRAM_LOGW(tag, format, ...) ESP_LOG_COMPAT_ARGS(tag, format, ##__VA_ARGS__)
#define ESP_DRAM_LOGI(tag, format, ...) ESP_LOG_COMPAT_ARGS(tag, format, ##__VA_ARGS__)
#define ESP_DRAM_LOGD(tag, format, ...) ESP_LOG_COMPAT_ARGS(tag, format, ##__VA_ARGS__)
#define ESP_DRAM_LOGV(tag, format, ...) ESP_LOG_COMPAT_ARGS(tag, format, ##__VA_ARGS__)
#define ESP_LOG_LEVEL(level, tag, format, ...) ((void)(level), ESP_LOG_COMPAT_ARGS(tag, format, ##__VA_ARGS__))
#define ESP_LOG_LEVEL_LOCAL(level, tag, format, ...) ESP_LOG_LEVEL(level, tag, format, ##__VA_ARGS__)
#define ESP_LOG_BUFFER_HEX(tag, buffer, length) ((void)(tag), (void)(buffer), (void)(length))
#define ESP_LOG_BUFFER_CHAR(tag, buffer, length) ((void)(tag), (void)(buffer), (void)(length))
#define ESP_LOG_BUFFER_HEXDUMP(tag, buffer, length, level) ((void)(tag), (void)(buffer), (void)(length), (void)(level))
#define ESP_LOG_BUFFER_HEX_LEVEL(tag, buffer, length, level) ((void)(tag), (void)(buffer), (void)(length), (void)(level))
#endif

// group: esp_err.h
#ifndef ESP_OK
#define ESP_OK 0
#define ESP_FAIL -1
#define ESP_ERR_NO_MEM 0x101
#define ESP_ERR_INVALID_ARG 0x102
#define ESP_ERR_INVALID_STATE 0x103
#define ESP_ERR_INVALID_SIZE 0x104
#define ESP_ERR_NOT_FOUND 0x105
#define ESP_ERR_NOT_SUPPORTED 0x106
#define ESP_ERR_TIMEOUT 0x107
#endif
#ifndef ESP_ERROR_CHECK
#define ESP_ERROR_CHECK(x) ((void)(x))
#endif
#ifndef ESP_ERROR_CHECK_WITHOUT_ABORT
#define ESP_ERROR_CHECK_WITHOUT_ABORT(x) (x)
#endif

// group: esp_check.h
#ifndef ESP_RETURN_ON_ERROR
#define ESP_RETURN_ON_ERROR(x, log_tag, format, ...) do { int esp_compat_rc_ = (x); if (esp_compat_rc_ != 0) { return esp_compat_rc_; } } while (0)
#define ESP_RETURN_VOID_ON_ERROR(x, log_tag, format, ...) do { if ((x) != 0) { return; } } while (0)
#define ESP_RETURN_ON_FALSE(a, err_code, log_tag, format, ...) do { if (!(a)) { return err_code; } } while (0)
#define ESP_RETURN_VOID_ON_FALSE(a, log_tag, format, ...) do { if (!(a)) { return; } } while (0)
#define ESP_GOTO_ON_ERROR(x, goto_tag, log_tag, format, ...) do { int esp_compat_rc_ = (x); if (esp_compat_rc_ != 0) { ret = esp_compat_rc_; goto goto_tag; } } while (0)
#define ESP_GOTO_ON_FALSE(a, err_code, goto_tag, log_tag, format, ...) do { if (!(a)) { ret = err_code; goto goto_tag; } } while (0)
#define ESP_RETURN_ON_ERROR_ISR ESP_RETURN_ON_ERROR
#define ESP_RETURN_ON_FALSE_ISR ESP_RETURN_ON_FALSE
#define ESP_GOTO_ON_ERROR_ISR ESP_GOTO_ON_ERROR
#define ESP_GOTO_ON_FALSE_ISR ESP_GOTO_ON_FALSE
#endif

// group: esp_netif_ip_addr.h esp_netif.h esp_netif_types.h
#ifndef IPSTR
#define IPSTR "%d.%d.%d.%d"
#define IP2STR(ipaddr) (int)(((ipaddr)->addr >> 0) & 0xff), (int)(((ipaddr)->addr >> 8) & 0xff), (int)(((ipaddr)->addr >> 16) & 0xff), (int)(((ipaddr)->addr >> 24) & 0xff)
#define IPV6STR "%04x:%04x:%04x:%04x:%04x:%04x:%04x:%04x"
#define IPV62STR(ipaddr) (int)((ipaddr).addr[0] & 0xffff), (int)((ipaddr).addr[0] >> 16), (int)((ipaddr).addr[1] & 0xffff), (int)((ipaddr).addr[1] >> 16), (int)((ipaddr).addr[2] & 0xffff), (int)((ipaddr).addr[2] >> 16), (int)((ipaddr).addr[3] & 0xffff), (int)((ipaddr).addr[3] >> 16)
#endif

// group: esp_mac.h esp_system.h
#ifndef MACSTR
#define MACSTR "%02x:%02x:%02x:%02x:%02x:%02x"
#define MAC2STR(a) (a)[0], (a)[1], (a)[2], (a)[3], (a)[4], (a)[5]
#endif

// group: esp_idf_version.h
#ifndef ESP_IDF_VERSION_MAJOR
#define ESP_IDF_VERSION_MAJOR @MAJOR@
#define ESP_IDF_VERSION_MINOR @MINOR@
#define ESP_IDF_VERSION_PATCH @PATCH@
#define ESP_IDF_VERSION_VAL(major, minor, patch) (((major) << 16) | ((minor) << 8) | (patch))
#define ESP_IDF_VERSION ESP_IDF_VERSION_VAL(ESP_IDF_VERSION_MAJOR, ESP_IDF_VERSION_MINOR, ESP_IDF_VERSION_PATCH)
#endif
