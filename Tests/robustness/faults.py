"""Faults against the two-instance deployment (scripts/deploy-local.sh): kill -9 an instance in the middle of
writes and in the middle of an import, restart PostgreSQL under a signed-in session, and take a backup and restore
it while the instances serve. Checks that nothing acknowledged is lost, that no half import stays, that the other
instance keeps serving, that sessions survive and that a restore brings back exactly the backed-up state. Prints
one JSON object with the figures; exits 1 when a check fails."""
import json
import os
import subprocess
import sys
import threading
import time
import uuid

import requests

import journeys

DEPLOY = os.environ.get("RK_DEPLOY_SCRIPT", "scripts/deploy-local.sh")
BINARY = os.environ.get("RK_BINARY", ".build/debug/regiekamer")
DATABASE_URL = os.environ["RK_DATABASE_URL"]
INSTANCE_PORT = int(os.environ.get("REGIEKAMER_DEPLOY_PORT", "8300"))
CRIME_TYPES = ["1.1.1", "1.1.2", "1.2.1", "1.2.2", "1.2.3", "1.2.4", "1.2.5", "1.3.1", "1.4.1", "1.4.2", "1.4.3", "1.4.4",
               "1.4.5", "1.4.6", "1.4.7", "1.5.2", "1.6.1", "1.6.2", "1.6.3", "2.1.1", "2.2.1", "2.4.1", "2.4.2", "2.5.1"]
failures = []


def psql(query):
    out = subprocess.run(["psql", DATABASE_URL, "-Atc", query], check=True, capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if line]


def deploy(*arguments):
    subprocess.run([DEPLOY, *arguments], check=True, stdout=subprocess.DEVNULL)


def check(condition, message):
    if not condition:
        failures.append(message)


class Reader(threading.Thread):
    """Reads a page through nginx every 50 ms until stopped, counting answers other than 200."""

    def __init__(self):
        super().__init__(daemon=True)
        self.session = journeys.new_session()
        journeys.sign_in(self.session, journeys.EXECUTIVE)
        self.stop = threading.Event()
        self.reads = 0
        self.errors = 0

    def run(self):
        while not self.stop.is_set():
            try:
                status = self.session.get(journeys.BASE_URL + journeys.trajectory_path(), timeout=10).status_code
            except requests.RequestException:
                status = 0
            self.reads += 1
            self.errors += status != 200
            time.sleep(0.05)

    def finish(self):
        self.stop.set()
        self.join()
        return self.reads, self.errors


def kill_during_writes():
    session = journeys.new_session()
    csrf = journeys.sign_in(session, journeys.COORDINATOR)
    run = uuid.uuid4().hex[:8]
    acknowledged, refused = [], []
    reader = Reader()
    reader.start()
    for number in range(150):
        marker = f"fouttest-{run}-{number}"
        try:
            reply = session.post(journeys.BASE_URL + journeys.trajectory_path("/analyse/cel/1.3/opmerkingen"),
                                 data={"_csrf": csrf, "opmerking": marker}, allow_redirects=False, timeout=10)
            (acknowledged if reply.status_code in (302, 303) else refused).append((marker, reply.status_code))
        except requests.RequestException as error:
            refused.append((marker, type(error).__name__))
        if number == 50:
            deploy("kill-instance", "1")
    reads, read_errors = reader.finish()
    stored = psql(f"SELECT text FROM comments WHERE text LIKE 'fouttest-{run}-%'")
    lost = [marker for marker, _ in acknowledged if marker not in stored]
    duplicated = len(stored) - len(set(stored))
    check(not lost, f"kill -9 tijdens schrijven: {len(lost)} bevestigde opmerkingen kwijt")
    check(duplicated == 0, f"kill -9 tijdens schrijven: {duplicated} opmerkingen dubbel opgeslagen")
    check(len(acknowledged) >= 140, f"kill -9 tijdens schrijven: maar {len(acknowledged)} van 150 bevestigd")
    check(read_errors == 0, f"kill -9 tijdens schrijven: de andere instantie gaf {read_errors} fouten op {reads} pagina's")
    deploy("start-instance", "1", BINARY)
    return {"writes": 150, "acknowledged": len(acknowledged), "not_acknowledged": len(refused),
            "not_acknowledged_but_stored": sum(1 for marker, _ in refused if marker in stored), "lost": len(lost),
            "duplicated": duplicated, "reads_during": reads, "read_errors_during": read_errors}


def big_figure_file(path):
    areas = [f"BU9999{index:04d}" for index in range(1000)]
    with open(path, "w", encoding="utf-8") as out:
        out.write("soort_misdrijf;gebied;periode;aantal\n")
        for area in areas:
            for code in CRIME_TYPES:
                out.write("".join(f"{code};{area};{year}MM{month:02d};{(year + month) % 7}\n" for year in range(2020, 2025) for month in range(1, 13)))
    return len(areas) * len(CRIME_TYPES) * 60


def kill_during_import(directory):
    path = os.path.join(directory, "groot.csv")
    lines = big_figure_file(path)
    before = psql("SELECT COUNT(*) FROM figure_observations WHERE owner_code = 'GM9999'")[0], psql("SELECT COUNT(*) FROM figure_imports")[0]
    session = journeys.new_session()
    csrf = journeys.sign_in(session, journeys.COORDINATOR)
    second = f"http://127.0.0.1:{INSTANCE_PORT + 2}"
    outcome = {}

    def upload():
        try:
            with open(path, "rb") as body:
                reply = session.post(f"{second}{journeys.municipality_path()}/cijfers/importeren?bron=cbs", data=body, timeout=600,
                                     headers={"X-CSRF-Token": csrf, "X-Requested-With": "fetch", "Content-Type": "text/csv"})
            outcome["status"] = reply.status_code
        except requests.RequestException as error:
            outcome["status"] = type(error).__name__

    reader = Reader()
    reader.start()
    thread = threading.Thread(target=upload)
    started = time.time()
    thread.start()
    writing = False
    while time.time() - started < 120 and thread.is_alive():
        busy = psql("SELECT COUNT(*) FROM pg_stat_activity WHERE query ILIKE '%figure_observations%' AND state = 'active' AND pid <> pg_backend_pid()")[0]
        if busy != "0":
            writing = True
            break
        time.sleep(0.1)
    time.sleep(1.0)
    killed_after = time.time() - started
    deploy("kill-instance", "2")
    thread.join()
    time.sleep(1.0)
    after = psql("SELECT COUNT(*) FROM figure_observations WHERE owner_code = 'GM9999'")[0], psql("SELECT COUNT(*) FROM figure_imports")[0]
    reads, read_errors = reader.finish()
    check(writing, "kill -9 tijdens import: de import schreef nog niet toen de instantie werd gestopt")
    check(before == after, f"kill -9 tijdens import: halve import gebleven ({before} → {after})")
    check(read_errors == 0, f"kill -9 tijdens import: de andere instantie gaf {read_errors} fouten op {reads} pagina's")
    deploy("start-instance", "2", BINARY)
    # The same file again through nginx, to the end: the import works after the fault.
    with open(path, "rb") as body:
        again = session.post(f"{journeys.BASE_URL}{journeys.municipality_path()}/cijfers/importeren?bron=cbs", data=body, timeout=900,
                             headers={"X-CSRF-Token": csrf, "X-Requested-With": "fetch", "Content-Type": "text/csv"})
    check(again.status_code == 200, f"import na de fout: status {again.status_code} {again.text[:200]}")
    return {"lines": lines, "mb": round(os.path.getsize(path) / 1e6, 1), "killed_after_s": round(killed_after, 1),
            "upload_status": outcome.get("status"), "rows_before": before[0], "rows_after_kill": after[0],
            "reads_during": reads, "read_errors_during": read_errors, "import_afterwards": again.status_code}


def restart_postgres():
    session = journeys.new_session()
    csrf = journeys.sign_in(session, journeys.COORDINATOR)
    page = journeys.BASE_URL + journeys.trajectory_path()
    check(session.get(page, timeout=10).status_code == 200, "PostgreSQL-herstart: pagina niet bereikbaar vooraf")
    started = time.time()
    deploy("restart-postgres")
    restarted = time.time() - started
    errors = 0
    recovered = None
    while time.time() - started < 60:
        try:
            reply = session.get(page, timeout=10)
            if reply.status_code == 200 and "Uitloggen" in reply.text:
                recovered = time.time() - started
                break
            errors += 1
        except requests.RequestException:
            errors += 1
        time.sleep(0.2)
    check(recovered is not None, "PostgreSQL-herstart: binnen 60 s geen aangemelde pagina meer")
    marker = f"na-herstart-{uuid.uuid4().hex[:8]}"
    reply = session.post(journeys.BASE_URL + journeys.trajectory_path("/analyse/cel/1.3/opmerkingen"),
                         data={"_csrf": csrf, "opmerking": marker}, allow_redirects=False, timeout=10)
    check(reply.status_code in (302, 303), f"PostgreSQL-herstart: schrijven daarna gaf {reply.status_code}")
    check(psql(f"SELECT COUNT(*) FROM comments WHERE text = '{marker}'") == ["1"], "PostgreSQL-herstart: opmerking daarna niet opgeslagen")
    return {"restart_s": round(restarted, 1), "failed_requests": errors,
            "signed_in_again_after_s": None if recovered is None else round(recovered, 1), "session_kept": recovered is not None}


def backup_and_restore(directory):
    """regiekamer backup while both instances serve, a change, regiekamer restore: the change is gone, the rest is
    back, and the instances serve on."""
    dump = os.path.join(directory, f"backup-{uuid.uuid4().hex[:8]}.dump")
    environment = {**os.environ, "DATABASE_URL": DATABASE_URL}
    started = time.time()
    subprocess.run([BINARY, "backup", dump], check=True, env=environment, stdout=subprocess.DEVNULL)
    backup_seconds = time.time() - started
    before = psql("SELECT COUNT(*) FROM comments")[0]
    session = journeys.new_session()
    csrf = journeys.sign_in(session, journeys.COORDINATOR)
    marker = f"na-backup-{uuid.uuid4().hex[:8]}"
    session.post(journeys.BASE_URL + journeys.trajectory_path("/analyse/cel/1.3/opmerkingen"), data={"_csrf": csrf, "opmerking": marker}, timeout=30)
    check(psql(f"SELECT COUNT(*) FROM comments WHERE text = '{marker}'") == ["1"], "back-up: de wijziging na de back-up is niet opgeslagen")
    started = time.time()
    subprocess.run([BINARY, "restore", dump], check=True, env=environment, stdout=subprocess.DEVNULL)
    restore_seconds = time.time() - started
    after = psql("SELECT COUNT(*) FROM comments")[0]
    check(after == before, f"herstel: {after} opmerkingen, verwacht {before}")
    check(psql(f"SELECT COUNT(*) FROM comments WHERE text = '{marker}'") == ["0"], "herstel: de wijziging na de back-up staat er nog")
    page = session.get(journeys.BASE_URL + journeys.trajectory_path(), timeout=30)
    check(page.status_code == 200, f"herstel: daarna antwoordt de app met {page.status_code}")
    return {"dump_mb": round(os.path.getsize(dump) / 1e6, 1), "backup_s": round(backup_seconds, 1), "restore_s": round(restore_seconds, 1),
            "comments": int(before), "serving_afterwards": page.status_code}


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else "/tmp"
    result = {"kill_during_writes": kill_during_writes(), "kill_during_import": kill_during_import(directory),
              "restart_postgres": restart_postgres(), "backup_restore": backup_and_restore(directory), "failures": failures}
    print(json.dumps(result))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
