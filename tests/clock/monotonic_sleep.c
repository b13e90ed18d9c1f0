/* Loaded before libfaketime when the clock tests run at faked moments (scripts/test.sh).
 *
 * libfaketime fakes only the wall clock there (FAKETIME_DONT_FAKE_MONOTONIC=1): faking the
 * monotonic clock too makes Python's lock waits (sem_clockwait, which libfaketime 0.9.10 does
 * not intercept) wait for years. But with a real monotonic clock, libfaketime still shifts the
 * deadline of clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME), which Python's time.sleep uses,
 * by the wall clock's offset, and the kernel refuses it (EINVAL). Monotonic sleeps therefore go
 * straight to the kernel; every other clock goes on to libfaketime.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

typedef int (*nanosleep_fn)(clockid_t, int, const struct timespec *, struct timespec *);

int clock_nanosleep(clockid_t clock_id, int flags, const struct timespec *request,
                    struct timespec *remain)
{
    if (clock_id == CLOCK_MONOTONIC) {
        long rc = syscall(SYS_clock_nanosleep, clock_id, flags, request, remain);
        return rc == -1 ? errno : 0;
    }
    static nanosleep_fn next;
    if (!next)
        next = (nanosleep_fn)dlsym(RTLD_NEXT, "clock_nanosleep");
    return next(clock_id, flags, request, remain);
}
