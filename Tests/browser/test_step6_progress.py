"""Step 6 in the browser (after test_step45_plan.py wrote measures and test_analysis.py invited partner Petra):
the coordinator opens a quarter and makes Petra the reporting lead of a measure; Petra finds it under
"Mijn taken" and reports progress; the dashboard shows it. axe checks every page."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import assert_accessible, click_and_wait, url, wait_for_text
from test_analysis import PARTNER, PARTNER_PASSWORD, log_out
from test_browser import COORDINATOR, DEMO_PASSWORD, log_in


def test_partner_updates_their_measure(driver):
    log_in(driver, COORDINATOR, DEMO_PASSWORD)
    wait_for_text(driver, "Mijn gemeenten")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gemeente Voorbeeldstad"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "IVP 2027–2030"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Voortgang per kwartaal bespreken"))
    progress = driver.current_url.split("?")[0]
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Kwartaaloverleg"))
    Select(driver.find_element(By.ID, "nieuw-kwartaal")).select_by_value("2027-K1")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Openen']"))
    wait_for_text(driver, "Het kwartaal is geopend")
    assert_accessible(driver, "voortgang kwartaaloverleg")
    driver.get(progress)
    wait_for_text(driver, "Updates 1e kwartaal 2027")
    key_figures_end = driver.execute_script("return document.getElementById('samenvatting').getBoundingClientRect().bottom")
    assert key_figures_end < 900, f"the key figures are on the first screen (they end at {key_figures_end} px)"
    assert_accessible(driver, "voortgang overzicht")
    driver.get(progress.split("/voortgang")[0] + "/cyclus")
    wait_for_text(driver, "Beleidscyclus 2027–2030")
    assert driver.find_elements(By.CSS_SELECTOR, ".graph svg"), "the cycle is drawn"
    assert_accessible(driver, "beleidscyclus")
    driver.get(progress.split("/voortgang")[0] + "/uitvoeringsplan/actieplannen?jaar=2027")
    wait_for_text(driver, "Actieplannen (VAP")
    assert "Nog niet SMART" in driver.page_source
    assert_accessible(driver, "actieplannen")
    driver.get(progress + "/maatregelen")
    assert_accessible(driver, "voortgang maatregelen")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Buurtpreventie-apps in drie wijken"))
    Select(driver.find_element(By.ID, "trekker")).select_by_visible_text(
        next(option.text for option in driver.find_elements(By.CSS_SELECTOR, "#trekker option") if "Petra" in option.text))
    click_and_wait(driver, driver.find_element(By.XPATH, "//form[contains(@action, '/trekker')]//button"))
    wait_for_text(driver, "rapporteert: Petra Partner")
    assert_accessible(driver, "voortgang maatregel coördinator")

    click_and_wait(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Terug naar de voortgang"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Openbaar dashboard"))
    assert_accessible(driver, "openbaar dashboard instellen")
    driver.find_element(By.CSS_SELECTOR, "input[name='indicatoren[]']").click()
    driver.find_element(By.XPATH, "//label[contains(., 'Buurtpreventie-apps in drie wijken')]").click()
    driver.find_element(By.ID, "publiceren").click()
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Opslaan']"))
    public_address = driver.find_element(By.CSS_SELECTOR, "#openbaar-adres a").get_attribute("href")
    log_out(driver)
    driver.get(public_address)
    wait_for_text(driver, "Buurtpreventie-apps in drie wijken")
    assert "Extra toezicht in de donkere maanden" not in driver.page_source, "only chosen measures are public"
    assert_accessible(driver, "openbaar dashboard")
    # A resident on a phone: the municipality's page, its charts, nothing wider than the screen.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    try:
        driver.get(public_address)
        wait_for_text(driver, "Buurtpreventie-apps in drie wijken")
        assert not driver.find_elements(By.CSS_SELECTOR, "nav.main"), "residents do not see Regiekamer's menu"
        scroll, client = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert scroll <= client, f"the public dashboard scrolls sideways on a phone: {scroll} > {client}"
        assert driver.find_elements(By.CSS_SELECTOR, "figure.course-chart svg"), "the published indicator has its chart"
    finally:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

    log_in(driver, PARTNER, PARTNER_PASSWORD)
    driver.get(url("/mijn-taken"))
    wait_for_text(driver, "Update gevraagd")
    assert_accessible(driver, "mijn taken")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Buurtpreventie-apps in drie wijken"))
    Select(driver.find_element(By.ID, "status")).select_by_value("loopt")
    driver.find_element(By.ID, "gerealiseerd").send_keys("2 van de 3 wijken")
    driver.find_element(By.ID, "toelichting").send_keys("De app draait in Noordwijk en De Velden.")
    driver.find_element(By.ID, "besteed").send_keys("4000")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Update opslaan']"))
    wait_for_text(driver, "De voortgang is opgeslagen.")
    history = driver.find_element(By.TAG_NAME, "table").text
    assert "2027-K1" in history and "2 van de 3 wijken" in history
    assert_accessible(driver, "voortgang maatregel partner")
    driver.get(url("/mijn-taken"))
    wait_for_text(driver, "Bijgewerkt")
    assert "Update gevraagd" not in driver.page_source, "nothing is asked any more"
    log_out(driver)
