#include <esp_pthread.h>
#include <pthread.h>
#include <thread>
#include <vector>

constexpr size_t kWorkerStack = 32 * 1024;

static pthread_t g_plain, g_sized, g_big, g_attr;
static std::vector<std::thread> g_workers;

static void *loop(void *arg) { return arg; }

static void use_psram_stacks(size_t size) {
    esp_pthread_cfg_t cfg = esp_pthread_get_default_config();
    cfg.stack_size = size;
    cfg.stack_alloc_caps = MALLOC_CAP_SPIRAM | MALLOC_CAP_8BIT;
    esp_pthread_set_cfg(&cfg);
}

void start_plain() {
    pthread_create(&g_plain, nullptr, loop, nullptr); // expect: esp-internal-stack "4,096-byte stack (from the configuration)" "no esp_pthread_set_cfg reaches it"
}

void start_sized() {
    esp_pthread_cfg_t cfg = esp_pthread_get_default_config();
    cfg.stack_size = 6 * 1024;
    esp_pthread_set_cfg(&cfg);
    pthread_create(&g_sized, nullptr, loop, nullptr); // expect: esp-internal-stack "6,144-byte stack (from the source)" "keeps the default stack_alloc_caps"
}

void start_attr() {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 10000);
    pthread_create(&g_attr, &attr, loop, nullptr); // expect: esp-internal-stack "10,000-byte stack"
}

static void spawn_workers() {
    for (int i = 0; i < 2; i++)
        g_workers.emplace_back([] {}); // ok: esp-internal-stack
}

void start_workers() {
    use_psram_stacks(kWorkerStack);
    spawn_workers();
    pthread_create(&g_big, nullptr, loop, nullptr); // ok: esp-internal-stack
}

void start_late() {
    std::thread t([] {}); // expect: esp-internal-stack "thread created here (std::thread) takes a 4,096-byte stack"
    t.join();
}
