/* Loaded before libfaketime when the clock tests run at faked moments (scripts/test.sh), to
 * mend two things libfaketime 0.9.10 gets wrong in a threaded Python.
 *
 * 1. Monotonic sleeps. libfaketime fakes only the wall clock there
 *    (FAKETIME_DONT_FAKE_MONOTONIC=1): faking the monotonic clock too makes Python's lock waits
 *    (sem_clockwait, which libfaketime does not intercept) wait for years. But with a real
 *    monotonic clock, libfaketime still shifts the deadline of
 *    clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME), which Python's time.sleep uses, by the
 *    wall clock's offset, and the kernel refuses it (EINVAL). Monotonic sleeps therefore go
 *    straight to the kernel; every other clock goes on to libfaketime.
 *
 * 2. The environment. libfaketime calls getenv() inside every pthread_cond_timedwait, and
 *    Python's threads wait for the interpreter lock that way all the time. glibc's setenv and
 *    unsetenv free the old environment array as they grow or shrink it, so a test setting a
 *    variable (monkeypatch.setenv) while another thread waits for the lock made that thread
 *    read freed memory: a segmentation fault at a random line of Python
 *    (tests/clock/environment_race.py shows it in seconds). Here the environment array is
 *    replaced whole at every change and the old one is never freed: a reader always sees a
 *    complete array. (It leaks a few kilobytes over a run of the tests.)
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

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

static pthread_mutex_t env_lock = PTHREAD_MUTEX_INITIALIZER;

static int named(const char *entry, const char *name, size_t len)
{
    return strncmp(entry, name, len) == 0 && entry[len] == '=';
}

static size_t name_length(const char *entry)
{
    const char *eq = strchr(entry, '=');
    return eq ? (size_t)(eq - entry) : strlen(entry);
}

/* The environment without the variable called name (len bytes), then entry (if not NULL),
 * as a new array; the old one stays as it was, for whoever is reading it. */
static int replace_environment(const char *name, size_t len, char *entry)
{
    size_t count = 0;
    for (char **e = environ; e && *e; e++)
        count++;
    char **fresh = malloc((count + 2) * sizeof(char *));
    if (!fresh)
        return -1;
    size_t n = 0;
    for (char **e = environ; e && *e; e++)
        if (!named(*e, name, len))
            fresh[n++] = *e;
    if (entry)
        fresh[n++] = entry;
    fresh[n] = NULL;
    __atomic_store_n(&environ, fresh, __ATOMIC_RELEASE);
    return 0;
}

static int valid_name(const char *name)
{
    if (!name || !*name || strchr(name, '=')) {
        errno = EINVAL;
        return 0;
    }
    return 1;
}

int setenv(const char *name, const char *value, int overwrite)
{
    if (!valid_name(name))
        return -1;
    size_t len = strlen(name);
    pthread_mutex_lock(&env_lock);
    int rc = 0;
    if (overwrite || !getenv(name)) {
        char *entry = malloc(len + strlen(value) + 2);
        if (entry) {
            memcpy(entry, name, len);
            entry[len] = '=';
            strcpy(entry + len + 1, value);
        }
        rc = entry ? replace_environment(name, len, entry) : -1;
    }
    pthread_mutex_unlock(&env_lock);
    if (rc)
        errno = ENOMEM;
    return rc;
}

int unsetenv(const char *name)
{
    if (!valid_name(name))
        return -1;
    pthread_mutex_lock(&env_lock);
    int rc = getenv(name) ? replace_environment(name, strlen(name), NULL) : 0;
    pthread_mutex_unlock(&env_lock);
    if (rc)
        errno = ENOMEM;
    return rc;
}

int putenv(char *string)
{
    if (!strchr(string, '='))
        return unsetenv(string);
    pthread_mutex_lock(&env_lock);
    int rc = replace_environment(string, name_length(string), string);
    pthread_mutex_unlock(&env_lock);
    return rc ? ENOMEM : 0;
}
