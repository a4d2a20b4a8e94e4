"""The method finder in the browser: filter by problem and partners, open a method, jump to a theme."""
from selenium.webdriver.common.by import By

from conftest import assert_accessible, click_and_wait, url


def test_method_finder(driver):
    driver.get(url("/catalogus/methoden"))
    assert_accessible(driver, "methodezoeker")
    driver.find_element(By.CSS_SELECTOR, "#probleem option[value=winkeldiefstal]").click()
    for party in ("gemeente", "ondernemers", "politie"):
        driver.find_element(By.ID, f"partner-{party}").click()
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Zoeken']"))
    results = driver.find_element(By.CSS_SELECTOR, "ol.results").text
    assert "Keurmerk Veilig Ondernemen" in results
    assert "Sociale Veiligheid Openbaar Vervoer" not in results
    assert_accessible(driver, "methodezoeker met keuzes")
    click_and_wait(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Keurmerk Veilig Ondernemen"))
    assert "Dient de thema's" in driver.page_source
    assert_accessible(driver, "methode kvo")
    click_and_wait(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "2.1 Veilig winkelgebied"))
    assert "Methoden voor dit thema" in driver.page_source
