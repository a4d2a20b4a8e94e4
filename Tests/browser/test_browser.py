"""End-to-end checks in a real browser against a freshly started server with the demo municipality."""
import re

from selenium.webdriver.common.by import By

from conftest import assert_accessible, click_and_wait, url, wait_for_text

COORDINATOR = "coordinator@voorbeeldstad.example"
DEMO_PASSWORD = "Voorbeeldstad-demo"


def log_in(driver, email, password):
    driver.get(url("/inloggen"))
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "wachtwoord").send_keys(password)
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type=submit]"))


def test_log_in_open_the_catalogue_and_log_out(driver):
    driver.get(url("/"))
    assert driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "nl"
    assert_accessible(driver, "start")
    driver.get(url("/inloggen"))
    assert_accessible(driver, "inloggen")

    log_in(driver, COORDINATOR, DEMO_PASSWORD)
    wait_for_text(driver, "Mijn gemeenten")
    assert driver.current_url.endswith("/gemeenten")
    assert "Gemeente Voorbeeldstad" in driver.page_source
    assert "Ingelogd als </span>Sanne de Vries" in driver.page_source
    assert_accessible(driver, "mijn gemeenten")

    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Kennisbank"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Kennisbank Kernbeleid Veiligheid"
    assert_accessible(driver, "kennisbank")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "2.1 Veilig winkelgebied"))
    assert "Collectief winkelverbod" in driver.page_source
    assert_accessible(driver, "thema 2.1")
    driver.get(url("/catalogus/relaties"))
    assert_accessible(driver, "samenhang")
    driver.get(url("/catalogus/zoeken?q=opiumwet"))
    assert "resultaten voor" in driver.page_source
    assert_accessible(driver, "zoeken")

    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "header .account button"))
    wait_for_text(driver, "U bent uitgelogd.")
    driver.get(url("/gemeenten"))
    assert "/inloggen" in driver.current_url


def test_wrong_password_gives_a_dutch_error(driver):
    log_in(driver, COORDINATOR, "dit-is-het-niet")
    wait_for_text(driver, "klopt niet")
    alert = driver.find_element(By.CSS_SELECTOR, "[role=alert]")
    assert alert.text == "Het e-mailadres of het wachtwoord klopt niet."
    assert "Ingelogd als" not in driver.page_source
    assert_accessible(driver, "inloggen met fout")


def test_coordinator_invites_a_werkgroeplid_who_appears_in_the_audit_trail(driver):
    log_in(driver, COORDINATOR, DEMO_PASSWORD)
    wait_for_text(driver, "Mijn gemeenten")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gemeente Voorbeeldstad"))
    assert_accessible(driver, "gemeente")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gebruikers en uitnodigingen beheren"))
    assert_accessible(driver, "gebruikers")
    driver.find_element(By.ID, "naam").send_keys("Kees Werkgroep")
    driver.find_element(By.ID, "email").send_keys("kees.werkgroep@voorbeeldstad.example")
    driver.find_element(By.CSS_SELECTOR, "#rol option[value=werkgroeplid]").click()
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Uitnodigen']"))
    wait_for_text(driver, "Uitnodiging voor Kees Werkgroep")
    link = driver.find_element(By.ID, "link-url").text
    assert re.search(r"/link/[A-Za-z0-9_-]{43}$", link), link
    assert_accessible(driver, "uitnodiging getoond")

    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gemeente Voorbeeldstad"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "IVP 2027–2030"))
    assert_accessible(driver, "traject")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Logboek van wijzigingen"))
    assert "Kees Werkgroep <kees.werkgroep@voorbeeldstad.example> uitgenodigd als Werkgroeplid" in driver.find_element(By.TAG_NAME, "main").text
    assert_accessible(driver, "logboek")

    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "header .account button"))
    wait_for_text(driver, "U bent uitgelogd.")
    driver.get(link)
    assert "Welkom bij Regiekamer" in driver.page_source
    assert_accessible(driver, "uitnodiging aanvaarden")
    driver.find_element(By.ID, "wachtwoord").send_keys("kees-zijn-wachtwoord")
    driver.find_element(By.ID, "herhaling").send_keys("kees-zijn-wachtwoord")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Wachtwoord opslaan']"))
    wait_for_text(driver, "Uw wachtwoord is ingesteld")
    log_in(driver, "kees.werkgroep@voorbeeldstad.example", "kees-zijn-wachtwoord")
    wait_for_text(driver, "Ingelogd als </span>Kees Werkgroep")
    assert "Werkgroeplid" in driver.page_source


def test_trajectory_edit_form_is_accessible_and_saves(driver):
    log_in(driver, COORDINATOR, DEMO_PASSWORD)
    wait_for_text(driver, "Mijn gemeenten")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gemeente Voorbeeldstad"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "IVP 2027–2030"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Traject bewerken"))
    assert_accessible(driver, "traject bewerken")
    description = driver.find_element(By.ID, "toelichting")
    description.clear()
    description.send_keys("Aangepast in de browsertest.")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Wijzigingen opslaan']"))
    wait_for_text(driver, "De wijzigingen zijn opgeslagen.")
    assert "Aangepast in de browsertest." in driver.page_source


def test_municipality_settings_page_is_accessible(driver):
    log_in(driver, COORDINATOR, DEMO_PASSWORD)
    wait_for_text(driver, "Mijn gemeenten")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gemeente Voorbeeldstad"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Naam en logo van de gemeente"))
    assert driver.find_element(By.ID, "logo").get_attribute("type") == "file"
    assert_accessible(driver, "gemeente-instellingen")
