"""Setting up a joint plan and a regional strategy by typing, as an instance administrator does: the member
list is typed into the textarea one municipality per line (Chromium sends the line breaks as CRLF, which once
made the whole list one line), with inhabitants written as Dutch people write them. axe checks each page."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import assert_accessible, click_and_wait, url, wait_for_text
from test_browser import log_in

# Made by scripts/browser-tests.sh with `regiekamer user create --admin` before the suite starts.
ADMIN = "beheer@regiekamer.example"
ADMIN_PASSWORD = "Beheer-voor-de-browsertests"


def create(driver, name, kind):
    driver.get(url("/samenwerkingen#nieuw"))
    driver.find_element(By.ID, "sw-naam").send_keys(name)
    Select(driver.find_element(By.ID, "sw-soort")).select_by_value(kind)
    driver.find_element(By.ID, "sw-politie").send_keys("Basisteam Waal en Heide")
    driver.find_element(By.ID, "sw-begin").send_keys("2027")
    driver.find_element(By.ID, "sw-eind").send_keys("2030")
    members = driver.find_element(By.ID, "sw-gemeenten")
    members.send_keys("GM9998; 42.000\nGM9997; 27.500\n\nGM9996 ; 18300\n")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Samenwerking aanmaken']"))


def test_a_joint_plan_and_a_regional_strategy_are_created_by_typing(driver):
    log_in(driver, ADMIN, ADMIN_PASSWORD)
    driver.get(url("/samenwerkingen"))
    assert_accessible(driver, "samenwerkingen")
    for name, kind in [("Veilig samen typen 2027–2030", "gezamenlijk-plan"), ("Strategie getypt 2027–2030", "regionale-strategie")]:
        create(driver, name, kind)
        assert "Regel 1" not in driver.page_source, "the typed member list was read line by line"
        wait_for_text(driver, name)
        for municipality in ["Gemeente Dijkzicht", "Gemeente Heidebroek", "Gemeente Lindewaard"]:
            assert municipality in driver.page_source, f"{municipality} is a member of {name}"
        assert_accessible(driver, f"nieuwe samenwerking ({kind})")
