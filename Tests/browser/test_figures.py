"""Figures in the browser: the coordinator reads the overview and a theme page with its comparison, switches to a
district, uploads an own registration (the page's script shows the upload's progress) and changes a theme
mapping. axe checks every page."""
import os
import tempfile

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import assert_accessible, click_and_wait, wait_for_text
from test_browser import COORDINATOR, DEMO_PASSWORD, log_in


def test_figures_overview_theme_upload_and_mapping(driver):
    log_in(driver, COORDINATOR, DEMO_PASSWORD)
    wait_for_text(driver, "Mijn gemeenten")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gemeente Voorbeeldstad"))
    click_and_wait(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Cijfers per thema"))
    wait_for_text(driver, "Alle geregistreerde misdrijven")
    assert driver.find_elements(By.CSS_SELECTOR, ".multiple svg"), "small multiples are drawn"
    # The district map and the table beside it give the same number for every district.
    paths = driver.find_elements(By.CSS_SELECTOR, ".map svg path[data-code]")
    assert paths, "the demo's districts are drawn"
    table = {}
    for row in driver.find_elements(By.CSS_SELECTOR, "#kaart-tabel tbody tr"):
        cells = [cell.text for cell in row.find_elements(By.CSS_SELECTOR, "th, td")]
        table[cells[1]] = cells[-2]
    for path in paths:
        code = path.get_attribute("data-code")
        title = path.find_element(By.TAG_NAME, "title").get_attribute("textContent")
        assert code in table, f"{code} is on the map but not in the table"
        assert title.endswith(": " + table[code]) or (table[code] in ("–", "geen gegevens") and "geen" in title), \
            f"map says '{title}', table says '{table[code]}'"
    assert len(table) == len(paths), "every district in the table is on the map"
    assert_accessible(driver, "cijfers overzicht")

    click_and_wait(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "2.1 Veilig winkelgebied"))
    wait_for_text(driver, "Vergelijking met gemeenten van vergelijkbare omvang")
    assert "Winkeldiefstal (2.5.2)" in driver.page_source
    assert_accessible(driver, "cijfers thema")

    Select(driver.find_element(By.ID, "gebied")).select_by_index(1)
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Tonen']"))
    assert "gebied=WK9999" in driver.current_url
    wait_for_text(driver, "Wijk 1")

    driver.get(driver.current_url.split("/cijfers")[0] + "/cijfers/importeren")
    assert_accessible(driver, "cijfers inlezen")
    handle, path = tempfile.mkstemp(suffix=".csv")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write("indicator;gebied;periode;waarde;eenheid\n")
        for month in range(1, 13):
            out.write(f"halt-verwijzingen;GM9999;2024-{month:02d};{10 + month};aantal\n")
    Select(driver.find_element(By.ID, "bron")).select_by_value("own")
    driver.find_element(By.ID, "bestand").send_keys(path)
    driver.find_element(By.XPATH, "//button[text()='Inlezen']").click()
    wait_for_text(driver, "Ingelezen: " + os.path.basename(path), timeout=30)
    assert "12 regels, 1 gebieden, 12 perioden" in driver.page_source
    assert_accessible(driver, "cijfers ingelezen")

    driver.get(driver.current_url.split("/cijfers")[0] + "/cijfers/koppeling")
    assert_accessible(driver, "koppeling")
    field = driver.find_element(By.ID, "themas-cbs-1-1-1")
    field.clear()
    field.send_keys("1.3, 2.1")
    click_and_wait(driver, field.find_element(By.XPATH, "following-sibling::button[@value='opslaan']"))
    wait_for_text(driver, "De koppeling van 1.1.1 is opgeslagen: 1.3, 2.1.")
    os.remove(path)
