"""Measures page heights (document.documentElement.scrollHeight) of the demo's step-6 pages at 1366x900 and
390x844, for the closing notes of layout work. Not a test: run it against a server with `regiekamer demo
--with-plan` loaded, e.g. `REGIEKAMER_BASE_URL=http://127.0.0.1:8080 .build-browser-venv/bin/python
Tests/browser/tools/page_heights.py`. Opens quarter 2027-K1 when no quarter is open."""
import os
import re
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

BASE = os.environ.get("REGIEKAMER_BASE_URL", "http://127.0.0.1:8080")
COORDINATOR = "coordinator@voorbeeldstad.example"
PASSWORD = "Voorbeeldstad-demo"


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=nl-NL"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def height(driver, width, tall):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": tall, "deviceScaleFactor": 1, "mobile": width < 500})
    value = driver.execute_script("return document.documentElement.scrollHeight")
    header = driver.execute_script("const h = document.querySelector('header'); return h ? h.offsetHeight : 0")
    cards = driver.execute_script("const c = document.querySelector('.priority-cards'); "
                                  "return c ? Math.round(c.getBoundingClientRect().bottom + window.scrollY) : null")
    if cards:
        header = f"{header}, overview ends at {cards}"
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    return value, header


def main():
    driver = browser()
    try:
        driver.get(BASE + "/inloggen")
        driver.find_element(By.ID, "email").send_keys(COORDINATOR)
        driver.find_element(By.ID, "wachtwoord").send_keys(PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        driver.get(BASE + "/gemeenten")
        driver.find_element(By.LINK_TEXT, "Gemeente Voorbeeldstad").click()
        driver.find_element(By.LINK_TEXT, "IVP 2027–2030").click()
        trajectory = driver.current_url.split("?")[0]
        pages = {"traject": trajectory, "voortgang": trajectory + "/voortgang",
                 "voortgang-maatregelen": trajectory + "/voortgang/maatregelen",
                 "voortgang-overleg": trajectory + "/voortgang/overleg",
                 "prioritering": trajectory + "/prioritering", "ivp": trajectory + "/ivp",
                 "analyse": trajectory + "/analyse"}
        driver.get(pages["voortgang"])
        driver.get(pages["voortgang-overleg"])
        if driver.find_elements(By.ID, "nieuw-kwartaal") and "Open:" not in driver.page_source:
            driver.find_element(By.XPATH, "//button[text()='Openen']").click()
        municipality = re.sub(r"/trajecten/.*", "", trajectory)
        pages["start"] = BASE + "/"
        pages["openbaar"] = BASE + "/openbaar/" + municipality.rsplit("/", 1)[1]
        for name in sys.argv[1:] or pages:
            driver.get(pages[name])
            wide, wide_header = height(driver, 1366, 900)
            narrow, narrow_header = height(driver, 390, 844)
            if os.environ.get("SCREENSHOTS"):
                for width, tall in ((1366, 900), (390, 844)):
                    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                           {"width": width, "height": tall, "deviceScaleFactor": 1, "mobile": width < 500})
                    driver.save_screenshot(os.path.join(os.environ["SCREENSHOTS"], f"{name}-{width}.png"))
                    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
            print(f"{name}\t1366x900: {wide} px (header {wide_header})\t390x844: {narrow} px (header {narrow_header})")
    finally:
        driver.quit()


main()
