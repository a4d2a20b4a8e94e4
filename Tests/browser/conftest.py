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
    assert_reflows(driver, label)


def assert_reflows(driver, label):
    """WCAG 2.1 SC 1.4.10: at 320 and at 1366 CSS px the page does not scroll sideways (a wide table scrolls
    inside its own container only). The viewport is emulated, so no reload is needed; it is restored after."""
    widths = {}
    try:
        for width in (320, 1366):
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
            scroll, client = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
            widths[width] = (scroll, client)
            if scroll > client:
                culprits = driver.execute_script("""
                  const width = document.documentElement.clientWidth, found = [];
                  for (const element of document.querySelectorAll('body *')) {
                    if (element.parentElement && element.parentElement.closest('.table-scroll')) continue;
                    const box = element.getBoundingClientRect();
                    if (box.right > width + 1) found.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') + (element.className && typeof element.className === 'string' ? '.' + element.className.split(' ')[0] : ''));
                  }
                  return found.slice(0, 5);""")
                raise AssertionError(f"{label} scrolls sideways at {width} px: {scroll} > {client} ({culprits})")
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    if AXE_LOG:
        with open(AXE_LOG + ".reflow", "a", encoding="utf-8") as log:
            log.write(f"{label}\t{driver.current_url}\t320: {widths[320][0]}/{widths[320][1]}\t1366: {widths[1366][0]}/{widths[1366][1]}\n")


def pytest_terminal_summary(terminalreporter):
    """Prints the axe-core and reflow result of every page visited, before pytest's closing line."""
    if AXE_LOG and os.path.exists(AXE_LOG + ".reflow"):
        with open(AXE_LOG + ".reflow", encoding="utf-8") as log:
            lines = log.read().splitlines()
        terminalreporter.write_line(f"reflow at 320 and 1366 CSS px: {len(lines)} pages, none scrolls sideways")
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
