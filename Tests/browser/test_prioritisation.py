"""Step 3 in the browser: the coordinator sets up the session, a participant votes on their own device, the
chair sees the result, and the outcome with three priorities and every theme placed feeds the IVP outline."""
from selenium.webdriver.common.by import By

from conftest import assert_accessible, click_and_wait, url, wait_for_text
from test_analysis import log_out
from test_browser import COORDINATOR, DEMO_PASSWORD, log_in

EXECUTIVE = "wethouder@voorbeeldstad.example"


def prioritisation_url(driver):
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gemeente Voorbeeldstad"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "IVP 2027–2030"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Prioriteringssessie houden"))
    return driver.current_url


def test_session_vote_and_outcome(driver):
    log_in(driver, COORDINATOR, DEMO_PASSWORD)
    wait_for_text(driver, "Mijn gemeenten")
    base = prioritisation_url(driver)
    assert_accessible(driver, "prioritering")
    for label in driver.find_elements(By.CSS_SELECTOR, "#deelnemers label"):
        if "Ahmed El Amrani" in label.text or "Sanne de Vries" in label.text:
            label.click()
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Opzet opslaan']"))
    wait_for_text(driver, "2 deelnemers")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Stemming openen']"))
    wait_for_text(driver, "De stemming is geopend.")
    driver.get(base + "/presentatie/1")
    assert "Kandidaat-prioriteit 1 van" in driver.page_source
    assert_accessible(driver, "presentatie")
    log_out(driver)

    log_in(driver, EXECUTIVE, DEMO_PASSWORD)
    wait_for_text(driver, "Mijn gemeenten")
    # A council member votes on a phone: the number keyboard, a live count of the points left, a receipt.
    driver.set_window_size(390, 844)
    try:
        driver.get(base + "/stemmen")
        assert_accessible(driver, "stemmen")
        counter = driver.find_element(By.ID, "punten-over")
        budget = int(counter.get_attribute("data-budget"))
        assert counter.text == f"Nog {budget} punten over.", counter.text
        assert counter.get_attribute("role") == "status"
        fields = driver.find_elements(By.CSS_SELECTOR, "form.stacked input[type=number]")
        assert all(field.get_attribute("inputmode") == "numeric" for field in fields)
        for field, points in zip(fields, [4, 3, 2, 1]):
            field.send_keys(str(points))
        left = budget - 10
        expected = "Nog 1 punt over." if left == 1 else f"Nog {left} punten over."
        assert counter.text == expected, (counter.text, expected)
        assert driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
        driver.find_element(By.ID, "opmerking").send_keys("Ondermijning verdient ook aandacht.")
        click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Stem uitbrengen']"))
        wait_for_text(driver, "Uw stem is bewaard.")
        receipt = driver.find_element(By.TAG_NAME, "main").text
        assert "Uw stem" in receipt and "4 punten" in receipt and "1 punt" in receipt, receipt
        assert_accessible(driver, "stembewijs")
        driver.refresh()
        assert "U heeft gestemd. Uw stem is bewaard." in driver.page_source, "a refresh keeps the vote"
    finally:
        driver.set_window_size(1280, 1024)
    log_out(driver)

    log_in(driver, COORDINATOR, DEMO_PASSWORD)
    wait_for_text(driver, "Mijn gemeenten")
    driver.get(base + "/stemmen")
    fields = driver.find_elements(By.CSS_SELECTOR, "form.stacked input[type=number]")
    for field, points in zip(fields, [5, 0, 3, 2]):
        field.send_keys(str(points))
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Stem uitbrengen']"))
    wait_for_text(driver, "Uw stem is bewaard.")
    driver.get(base + "/uitslag")
    wait_for_text(driver, "2 van 2 deelnemers hebben gestemd")
    assert "Ondermijning verdient ook aandacht." in driver.page_source
    assert_accessible(driver, "uitslag")
    driver.get(base)
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Stemming sluiten']"))
    wait_for_text(driver, "De stemming is gesloten.")

    driver.get(base + "/uitkomst")
    assert_accessible(driver, "uitkomst")
    boxes = driver.find_elements(By.CSS_SELECTOR, "#prioriteiten input[type=checkbox]")
    chosen = [box.get_attribute("value") for box in boxes[:3]]
    for box in boxes[:3]:
        box.click()
    driver.execute_script(
        """
        const chosen = arguments[0];
        document.querySelectorAll("select[name^='plaats_']").forEach((select, index) => {
          const code = select.name.substring(7);
          const detail = document.querySelector("input[name='toelichting_" + code + "']");
          if (index < 3) { select.value = "prioriteit-" + chosen[index]; detail.value = ""; }
          else if (code === "4.4") { select.value = "niet-opgenomen"; detail.value = "Regionaal belegd bij de Veiligheidsregio."; }
          else { select.value = "cluster"; detail.value = code < "3" ? "Veilige woonomgeving en ondernemen" : "Jeugd, fysieke veiligheid en integriteit"; }
        });
        """, chosen)
    driver.find_element(By.ID, "driehoek").send_keys("De Driehoek steunt de keuze en vraagt aandacht voor ondermijning.")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Uitkomst opslaan']"))
    wait_for_text(driver, "De wijzigingen zijn opgeslagen.")
    driver.get(base + "/ivp-opzet")
    outline = driver.find_element(By.TAG_NAME, "main").text
    assert "Prioriteiten" in outline and "Overige strategische thema's" in outline
    assert "Veilige woonomgeving en ondernemen" in outline
    assert "Regionaal belegd bij de Veiligheidsregio." in outline
    assert len(driver.find_elements(By.CSS_SELECTOR, "ol.outline > li:nth-child(4) > ol > li")) == 3
    assert_accessible(driver, "ivp-opzet")
