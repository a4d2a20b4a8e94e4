"""What the robustness suite needs from the running deployment: addresses, ids and a signed-in session."""
import os
import re

import requests

BASE_URL = os.environ.get("RK_BASE_URL", "http://127.0.0.1:8300")
MUNICIPALITY = os.environ.get("RK_MUNICIPALITY", "")
TRAJECTORY = os.environ.get("RK_TRAJECTORY", "")
API_KEY = os.environ.get("RK_API_KEY", "")
PASSWORD = "Voorbeeldstad-demo"
COORDINATOR = "coordinator@voorbeeldstad.example"
EXECUTIVE = "wethouder@voorbeeldstad.example"


def csrf_of(html):
    match = re.search(r'name="_csrf" value="([^"]+)"', html)
    return match.group(1) if match else None


def sign_in(session, email, base_url=BASE_URL):
    """Signs in with the demo password; returns the session's CSRF token for later forms."""
    page = session.get(base_url + "/inloggen", timeout=60)
    reply = session.post(base_url + "/inloggen", data={"_csrf": csrf_of(page.text), "email": email, "wachtwoord": PASSWORD}, timeout=60)
    reply.raise_for_status()
    token = csrf_of(session.get(base_url + trajectory_path(), timeout=60).text)
    if not token:
        raise RuntimeError(f"aanmelden als {email} is mislukt")
    return token


def municipality_path():
    return f"/gemeenten/{MUNICIPALITY}"


def trajectory_path(suffix=""):
    return f"/gemeenten/{MUNICIPALITY}/trajecten/{TRAJECTORY}{suffix}"


def new_session():
    return requests.Session()
