"""Oversized bodies through nginx and straight to an instance: refused with 413 before the body is read, and
the app's own refusals carry a Dutch message. Prints JSON; exits 1 when a check fails."""
import http.client
import json
import os
import sys
import time
from urllib.parse import urlparse

import journeys

INSTANCE = f"127.0.0.1:{int(os.environ.get('REGIEKAMER_DEPLOY_PORT', '8300')) + 1}"
failures = []


def declared_only(host, path, length, headers):
    """Declares `length` bytes, sends 64 kB of them, and returns the status and seconds until the answer."""
    started = time.time()
    connection = http.client.HTTPConnection(host, timeout=15)
    connection.putrequest("POST", path)
    for name, value in {**headers, "Content-Length": str(length)}.items():
        connection.putheader(name, value)
    connection.endheaders()
    try:
        connection.send(b"x" * 65536)
    except OSError:
        pass
    reply = connection.getresponse()
    body = reply.read().decode("utf-8", "replace")
    return reply.status, round(time.time() - started, 2), body


def main():
    session = journeys.new_session()
    csrf = journeys.sign_in(session, journeys.COORDINATOR)
    cookie = "; ".join(f"{c.name}={c.value}" for c in session.cookies)
    results = {}

    form = session.post(journeys.BASE_URL + journeys.trajectory_path("/bewerken"), allow_redirects=False, timeout=30,
                        data={"_csrf": csrf, "naam": "x" * (3 * 1024 * 1024), "beginjaar": "2027", "eindjaar": "2030", "stap": "1", "status": "actief", "versie": "1"})
    results["form_3mb"] = form.status_code
    if form.status_code != 413 or "te groot" not in form.text:
        failures.append(f"formulier van 3 MB: {form.status_code}")

    measure = os.environ["RK_MEASURE"]
    api_path = f"/api/v1/gemeenten/{journeys.MUNICIPALITY}/trajecten/{journeys.TRAJECTORY}/maatregelen/{measure}/voortgang"
    api = session.post(journeys.BASE_URL + api_path, data='{"toelichting": "' + "x" * (3 * 1024 * 1024) + '"}', timeout=30,
                       headers={"Authorization": f"Bearer {journeys.API_KEY}", "Content-Type": "application/json"})
    results["api_3mb"] = api.status_code
    if api.status_code != 413 or "te groot" not in api.text:
        failures.append(f"API-body van 3 MB: {api.status_code}")

    upload_path = journeys.municipality_path() + "/cijfers/importeren?bron=cbs"
    headers = {"Cookie": cookie, "X-CSRF-Token": csrf, "X-Requested-With": "fetch", "Content-Type": "text/csv"}
    nginx_host = urlparse(journeys.BASE_URL).netloc
    status, seconds, _ = declared_only(nginx_host, upload_path, 2 * 1024**3, headers)
    results["upload_2gb_via_nginx"] = {"status": status, "seconds": seconds}
    if status != 413:
        failures.append(f"upload van 2 GB via nginx: {status}")
    status, seconds, body = declared_only(INSTANCE, upload_path, 600 * 1024**2, headers)
    results["upload_600mb_direct"] = {"status": status, "seconds": seconds}
    if status != 413 or "groter dan" not in body:
        failures.append(f"upload van 600 MB rechtstreeks: {status} {body[:120]}")
    print(json.dumps({"oversized": results, "failures": failures}))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
