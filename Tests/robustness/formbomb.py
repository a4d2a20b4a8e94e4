"""Form bombs over real HTTP, without signing in: bodies of up to 2 MB shaped to make form decoding expensive
(32,000+ repeated keys, deeply nested keys, over a thousand fields, a very long key, a multipart body of many
parts) are refused with the app's Dutch 413/400 within a time bound, and while 16 of them arrive at once the
health check keeps answering fast. Straight to one instance (nginx would add its own buffering). Prints JSON;
exits 1 when a check fails. Bounds: RK_FORMBOMB_REFUSE_MS (per refusal, p50) and RK_FORMBOMB_HEALTH_MS (the
slowest health check during the parallel bombs)."""
import concurrent.futures
import http.client
import json
import os
import statistics
import sys
import threading
import time

INSTANCE = ("127.0.0.1", int(os.environ.get("REGIEKAMER_DEPLOY_PORT", "8300")) + 1)
REFUSE_MS = float(os.environ.get("RK_FORMBOMB_REFUSE_MS", "50"))
HEALTH_MS = float(os.environ.get("RK_FORMBOMB_HEALTH_MS", "100"))
LIMIT = 2 * 1024 * 1024 - 1024
failures = []


def repeated_keys():
    return b"x[]=1&" * (LIMIT // 6)


def nested_keys():
    return b"a" + b"[a]" * ((LIMIT - 3) // 3) + b"=1"


def many_fields():
    # 1,001 fields of about 2 kB each: just past the field limit, the largest body the limit allows otherwise.
    value = b"v" * 2000
    return b"&".join(b"f%d=" % i + value for i in range(1001))


def long_key():
    return b"k" * (LIMIT - 2) + b"=1"


BOUNDARY = "rkgrens"


def many_parts():
    part = f"--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"x[]\"\r\n\r\n1\r\n".encode()
    return part * (LIMIT // len(part)) + f"--{BOUNDARY}--\r\n".encode()


SHAPES = {
    "repeated_keys": (repeated_keys(), "application/x-www-form-urlencoded"),
    "nested_keys": (nested_keys(), "application/x-www-form-urlencoded"),
    "many_fields": (many_fields(), "application/x-www-form-urlencoded"),
    "long_key": (long_key(), "application/x-www-form-urlencoded"),
    "many_parts": (many_parts(), f"multipart/form-data; boundary={BOUNDARY}"),
}


def post(body, content_type):
    """Posts the body to the sign-in form; returns status, milliseconds until the whole answer, and the answer."""
    connection = http.client.HTTPConnection(*INSTANCE, timeout=120)
    started = time.perf_counter()
    connection.request("POST", "/inloggen", body=body, headers={"Content-Type": content_type})
    reply = connection.getresponse()
    text = reply.read().decode("utf-8", "replace")
    elapsed = (time.perf_counter() - started) * 1000
    connection.close()
    return reply.status, elapsed, text


def health_ms():
    connection = http.client.HTTPConnection(*INSTANCE, timeout=120)
    started = time.perf_counter()
    connection.request("GET", "/health")
    connection.getresponse().read()
    connection.close()
    return (time.perf_counter() - started) * 1000


def main():
    results = {"bounds": {"refuse_ms": REFUSE_MS, "health_ms": HEALTH_MS}}
    for name, (body, content_type) in SHAPES.items():
        timings = []
        for _ in range(5):
            status, elapsed, text = post(body, content_type)
            timings.append(elapsed)
            if status not in (400, 413) or "niet verwerkt" not in text:
                failures.append(f"{name}: {status} {text[:100]!r}")
        results[name] = {"bytes": len(body), "status": status, "p50_ms": round(statistics.median(timings), 1),
                         "max_ms": round(max(timings), 1)}
        if statistics.median(timings) > REFUSE_MS:
            failures.append(f"{name}: weigering duurde {statistics.median(timings):.0f} ms (grens {REFUSE_MS:.0f} ms)")

    baseline = statistics.median(health_ms() for _ in range(20))
    stop = threading.Event()
    during = []

    def watch():
        while not stop.is_set():
            during.append(health_ms())
            time.sleep(0.005)

    watcher = threading.Thread(target=watch)
    watcher.start()
    body, content_type = SHAPES["nested_keys"]
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(lambda _: post(body, content_type)[0], range(16)))
    bombs_s = time.perf_counter() - started
    stop.set()
    watcher.join()
    results["parallel"] = {"bombs": 16, "statuses": sorted(set(statuses)), "seconds": round(bombs_s, 2),
                           "health_baseline_ms": round(baseline, 1), "health_checks": len(during),
                           "health_p50_ms": round(statistics.median(during), 1), "health_max_ms": round(max(during), 1)}
    if set(statuses) - {400, 413}:
        failures.append(f"parallelle bommen: {sorted(set(statuses))}")
    if max(during) > HEALTH_MS:
        failures.append(f"/health duurde tot {max(during):.0f} ms tijdens 16 bommen (grens {HEALTH_MS:.0f} ms)")
    print(json.dumps({"formbomb": results, "failures": failures}))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
