/*
 * esp-unjoined-thread: a start routine that never returns leaks nothing when it ends, because
 * it never ends. It is reported as a note (its memory is held for the program's lifetime), not
 * as a leak. A loop that can be left by break, return, goto or pthread_exit is not endless.
 */
#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

extern int poll_events(void);
extern void handle(int event);

static void *event_loop(void *arg)
{
    (void)arg;
    for (;;) {
        int event = poll_events();
        switch (event) {
        case 0:
            break; /* leaves the switch, not the loop */
        default:
            handle(event);
        }
        while (event > 10) {
            event--;
            if (event == 12) {
                break; /* leaves the inner loop only */
            }
        }
    }
}

static void *blinker(void *arg)
{
    (void)arg;
    while (1) {
        handle(1);
    }
}

static void *stops_on_error(void *arg)
{
    while (true) {
        if (poll_events() < 0) {
            break;
        }
    }
    return arg;
}

static void *exits_from_inside(void *arg)
{
    for (;;) {
        if (poll_events() < 0) {
            pthread_exit(arg);
        }
    }
}

static void *returns_early(void *arg)
{
    if (arg == NULL) {
        return NULL;
    }
    for (;;) {
        handle(2);
    }
}

void start_all(void)
{
    pthread_t a, b, c, d, e;
    pthread_create(&a, NULL, event_loop, NULL); /* expect: esp-unjoined-thread "runs 'event_loop', which never returns" "held for the program's lifetime" */
    pthread_create(&b, NULL, &blinker, NULL); /* expect: esp-unjoined-thread "runs 'blinker', which never returns" */
    pthread_create(&c, NULL, stops_on_error, NULL); /* expect: esp-unjoined-thread "into 'c' is never joined or detached" */
    pthread_create(&d, NULL, exits_from_inside, NULL); /* expect: esp-unjoined-thread "into 'd' is never joined or detached" */
    pthread_create(&e, NULL, returns_early, NULL); /* expect: esp-unjoined-thread "into 'e' is never joined or detached" */
}
