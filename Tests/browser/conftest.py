"""Fixtures for the browser suite: a headless Debian Chromium driven by Debian's chromedriver, and axe-core 4.9
(carried by the PyPI package selenium-axe-python) for accessibility checks."""
import os

import pytest
from selenium_axe_python import Axe
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

BASE_URL = os.environ.get("REGIEKAMER_BASE_URL", "http://127.0.0.1:8181")
AXE_LOG = os.environ.get("REGIEKAMER_AXE_LOG")


@pytest.fixture
def driver():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM_BINARY", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=nl-NL"):
        options.add_argument(argument)
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    browser = webdriver.Chrome(service=service, options=options)
    browser.implicitly_wait(5)
    yield browser
    browser.quit()


def click_and_wait(driver, element, timeout=10):
    """Clicks a link or submit button and waits until the browser has left the current page."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    page = driver.find_element(By.TAG_NAME, "html")
    element.click()

    def left(_):
        # While the browser navigates, Chromium reports the old node as stale or as "not in the document".
        try:
            page.is_enabled()
            return False
        except WebDriverException:
            return True

    WebDriverWait(driver, timeout).until(left, message=f"no new page after the click on {driver.current_url}")


def wait_for_text(driver, text, timeout=10):
    """Waits until `text` is on the page (after a form submit the new page may still be loading)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(lambda d: text in d.page_source, message=f"'{text}' did not appear on {driver.current_url}")


def url(path):
    return BASE_URL + path


def assert_accessible(driver, label):
    """Runs axe-core on the current page; fails on any serious or critical violation."""
    axe = Axe(driver)
    axe.inject()
    results = axe.run()
    violations = results["violations"]
    blocking = [v for v in violations if v.get("impact") in ("serious", "critical")]
    if AXE_LOG:
        with open(AXE_LOG, "a", encoding="utf-8") as log:
            impacts = ",".join(sorted(v.get("impact") or "?" for v in violations)) or "-"
            log.write(f"{label}\t{driver.current_url}\tviolations={len(violations)}\tserious_or_critical={len(blocking)}\timpacts={impacts}\tpasses={len(results['passes'])}\n")
    details = "\n".join(f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}" for v in blocking)
    assert not blocking, f"axe on {label}:\n{details}"


def pytest_terminal_summary(terminalreporter):
    """Prints the axe-core result of every page visited, before pytest's closing line."""
    if AXE_LOG and os.path.exists(AXE_LOG):
        terminalreporter.section("axe-core per page")
        with open(AXE_LOG, encoding="utf-8") as log:
            for line in log:
                terminalreporter.write_line(line.rstrip("\n"))


def pdf_text_of_docx(content, name="document"):
    """Converts DOCX bytes with LibreOffice (headless, throw-away profile) and returns the PDF's text."""
    import os
    import shutil
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as directory:
        source = os.path.join(directory, f"{name}.docx")
        with open(source, "wb") as handle:
            handle.write(content)
        result = subprocess.run(
            [shutil.which("soffice"), "--headless", f"-env:UserInstallation=file://{directory}/profile", "--convert-to", "pdf", "--outdir", directory, source],
            capture_output=True, text=True, timeout=180)
        pdf = os.path.join(directory, f"{name}.pdf")
        assert result.returncode == 0 and os.path.exists(pdf), result.stdout + result.stderr
        return subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
