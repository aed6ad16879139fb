// Attribute macros on class members and namespace variables in C++.
#include <pthread.h>
#include "esp_attr.h"
#include "esp_log.h"

namespace cam {

EXT_RAM_BSS_ATTR static unsigned char g_jpeg[32 * 1024];

class Camera {
 public:
  IRAM_ATTR void on_frame_isr();
  void IRAM_ATTR start();

 private:
  static void *grab(void *self) { return self; }
  pthread_t grabber_;
  DRAM_ATTR static int s_frames;
};

int Camera::s_frames = 0;

void IRAM_ATTR Camera::start()
{
  pthread_t helper;
  ESP_LOGW("cam", "starting, %d frames", s_frames);
  pthread_create(&helper, nullptr, grab, this);  // expect: esp-unjoined-thread "'helper'"
}

void IRAM_ATTR Camera::on_frame_isr()
{
  s_frames++;
  g_jpeg[0] = 0;
}

}  // namespace cam
