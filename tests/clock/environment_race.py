"""Threads waiting for the interpreter lock while the main thread changes the environment,
as the suite does (monkeypatch.setenv while a server's or a worker's thread runs). Under
libfaketime alone this dies of a segmentation fault within a second; faketime_shim.c says
why. Prints the faked year, then how many rounds of changes ran.

    python tests/clock/environment_race.py SECONDS
"""

import os
import sys
import threading
import time


def spin(stop: threading.Event) -> None:
    while not stop.is_set():
        sum(range(1000))


def main(seconds: float) -> None:
    print(time.localtime().tm_year)
    stop = threading.Event()
    threads = [threading.Thread(target=spin, args=(stop,)) for _ in range(3)]
    for thread in threads:
        thread.start()
    end, rounds = time.monotonic() + seconds, 0
    while time.monotonic() < end:
        for k in range(50):
            os.environ[f"DESK_RACE_{k}"] = "x" * (rounds % 40)
        for k in range(50):
            del os.environ[f"DESK_RACE_{k}"]
        rounds += 1
    stop.set()
    for thread in threads:
        thread.join()
    print(rounds)


if __name__ == "__main__":
    main(float(sys.argv[1]))
