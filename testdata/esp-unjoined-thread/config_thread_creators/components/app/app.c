/* esp-unjoined-thread: functions listed as thread-creators in .allocpath.yml start threads like
   pthread_create (handle through the first argument); thread-joiners end them. */
#include <vendor/task.h>

static task_t worker;
static task_t ticker;

static void *work(void *arg) { return arg; }

void app_start(void) {
  spawn_task(&worker, work); /* ok: esp-unjoined-thread */
  spawn_task(&ticker, work); /* expect: esp-unjoined-thread "'ticker'" */
}

void app_stop(void) {
  task_join(worker);
}
