"""Load: people working in Regiekamer at the same time. Coordinators read the workspace, the analysis, the
plan and the progress dashboard and write comments; portfolio holders read the start note, the plan and the
audit trail; municipal systems read the API; visitors search the public catalogue; now and then someone signs in.
Most users are already signed in, as on a working day: they share a pool of sessions made before the load starts,
so the test measures the pages rather than a hundred bcrypt hashes at once."""
import itertools
import random
import threading

from locust import HttpUser, between, task

import journeys

counter = itertools.count()
pool_lock = threading.Lock()
pools = {}
# Regiekamer counts a sign-in attempt against its account before it checks the password and throttles the account
# from the sixth attempt in flight (LoginThrottle.freeAttempts = 5), so parallel guesses cannot slip through. The
# load signs in to two shared demo accounts, which no person does five times at once: at most four sign-ins are in
# flight together, else a slow moment under load turns the simulation's own sign-ins into 429s.
sign_in_slots = threading.BoundedSemaphore(4)


def sign_in(session, email, host):
    """Signs in through one of the sign-in slots; returns the session's CSRF token."""
    with sign_in_slots:
        return journeys.sign_in(session, email, host)


def session_from_pool(email, host, size=8):
    """Cookies and CSRF token of one of `size` sessions of `email`, signed in once."""
    with pool_lock:
        if email not in pools:
            pools[email] = []
            for _ in range(size):
                session = journeys.new_session()
                token = sign_in(session, email, host)
                pools[email].append((session.cookies.get_dict(), token))
        return random.choice(pools[email])


class SignedIn(HttpUser):
    abstract = True
    email = journeys.COORDINATOR

    def on_start(self):
        cookies, self.csrf = session_from_pool(self.email, self.host)
        self.client.cookies.update(cookies)


class Coordinator(SignedIn):
    weight = 5
    wait_time = between(1, 3)

    @task(3)
    def workspace(self):
        self.client.get(journeys.municipality_path(), name="gemeente")
        self.client.get(journeys.trajectory_path(), name="traject")

    @task(2)
    def analysis(self):
        self.client.get(journeys.trajectory_path("/analyse"), name="analyse")
        self.client.get(journeys.trajectory_path("/analyse/cel/1.3"), name="analysecel")

    @task(2)
    def plan(self):
        self.client.get(journeys.trajectory_path("/ivp"), name="ivp")
        self.client.get(journeys.trajectory_path("/uitvoeringsplan"), name="uitvoeringsplan")

    @task(2)
    def progress(self):
        self.client.get(journeys.trajectory_path("/voortgang"), name="voortgang")

    @task(1)
    def figures(self):
        self.client.get(journeys.municipality_path() + "/cijfers", name="cijfers")

    @task(1)
    def comment(self):
        text = f"Belastingtest opmerking {next(counter)} {random.randint(0, 10**9)}"
        self.client.post(journeys.trajectory_path("/analyse/cel/1.3/opmerkingen"), data={"_csrf": self.csrf, "opmerking": text}, name="opmerking plaatsen")

    @task(1)
    def my_tasks(self):
        self.client.get("/mijn-taken", name="mijn taken")


class PortfolioHolder(SignedIn):
    weight = 3
    wait_time = between(1, 3)
    email = journeys.EXECUTIVE

    @task
    def read(self):
        self.client.get(journeys.trajectory_path("/startnotitie"), name="startnotitie")
        self.client.get(journeys.trajectory_path("/ivp"), name="ivp")
        self.client.get(journeys.trajectory_path("/logboek"), name="logboek")
        self.client.get(journeys.trajectory_path("/voortgang"), name="voortgang")


class MunicipalSystem(HttpUser):
    weight = 1
    wait_time = between(1, 3)

    @task
    def api(self):
        headers = {"Authorization": f"Bearer {journeys.API_KEY}"}
        base = f"/api/v1/gemeenten/{journeys.MUNICIPALITY}"
        self.client.get(base + "/trajecten", headers=headers, name="api trajecten")
        self.client.get(f"{base}/trajecten/{journeys.TRAJECTORY}/plan", headers=headers, name="api plan")
        self.client.get(f"{base}/trajecten/{journeys.TRAJECTORY}/maatregelen", headers=headers, name="api maatregelen")


class Visitor(HttpUser):
    weight = 1
    wait_time = between(1, 3)

    @task
    def catalogue(self):
        self.client.get("/catalogus", name="catalogus")
        self.client.get("/catalogus/zoeken?q=" + random.choice(["woninginbraak", "jeugd", "ondermijning", "cameratoezicht"]), name="zoeken")
        self.client.get("/catalogus/methoden", name="methoden")


class Newcomer(HttpUser):
    """Signs in, looks at the workspace and signs out again, every half minute or so."""
    weight = 1
    wait_time = between(20, 40)

    @task
    def sign_in_and_out(self):
        csrf = sign_in(self.client, journeys.EXECUTIVE, self.host)
        self.client.get(journeys.municipality_path(), name="gemeente")
        self.client.post("/uitloggen", data={"_csrf": csrf}, name="uitloggen")
