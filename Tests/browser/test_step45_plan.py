"""Steps 4 and 5 in the browser (runs after test_prioritisation.py, which decides the demo's priorities): the
coordinator writes a priority with two effect indicators and three measures, one of them a method from the
catalogue, reads the check before adoption, and the IVP opens in python-docx and LibreOffice with its contents,
indicator tables and chart. axe checks every page."""
import io
import zipfile

import docx
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import assert_accessible, click_and_wait, pdf_text_of_docx, wait_for_text
from test_browser import COORDINATOR, DEMO_PASSWORD, log_in
from test_startup import download


def fill(driver, element_id, value):
    field = driver.find_element(By.ID, element_id)
    field.clear()
    field.send_keys(value)


def add_subjective_indicator(driver, target):
    fill(driver, "naam", "Voelt zich weleens onveilig in de buurt")
    Select(driver.find_element(By.ID, "soort")).select_by_value("subjectief")
    fill(driver, "bron", "Veiligheidsmonitor")
    fill(driver, "eenheid", "%")
    fill(driver, "nulmetingjaar", "2023")
    fill(driver, "nulmeting", "16,4")
    fill(driver, "streefwaarde", target)
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Indicator toevoegen']"))


def add_measure(driver, item, title, admin, official, quarters, budget):
    form = driver.find_element(By.ID, "nieuwe-maatregel")
    for element_id, value in (("actiepunt", item), ("titel", title), ("bestuurlijk", admin), ("ambtelijk", official), ("budget", budget)):
        field = form.find_element(By.ID, element_id)
        field.clear()
        field.send_keys(value)
    for quarter in quarters:
        form.find_element(By.ID, f"k{quarter}").click()
    Select(form.find_element(By.ID, "dekking")).select_by_value("bestaand")
    click_and_wait(driver, form.find_element(By.XPATH, ".//button[text()='Maatregel toevoegen']"))
    wait_for_text(driver, title)


def test_priority_with_two_indicators_and_three_measures(driver):
    log_in(driver, COORDINATOR, DEMO_PASSWORD)
    wait_for_text(driver, "Mijn gemeenten")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gemeente Voorbeeldstad"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "IVP 2027–2030"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Hoofdstukken en effectindicatoren van het IVP"))
    wait_for_text(driver, "4. Prioriteiten")
    assert "Jeugd, fysieke veiligheid en integriteit" in driver.page_source, "chapter 5 follows the clusters of step 3"
    assert_accessible(driver, "ivp")

    # The chapters are one form with one save: a refused budget keeps what was typed, then the save goes through.
    fill(driver, "tekst-h6", "Elk kwartaal een voortgangsoverleg.\nJaarlijks een verantwoording aan de raad.")
    fill(driver, "tekst-h7-budget", "veel")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Hoofdstukken opslaan']"))
    wait_for_text(driver, "vul een bedrag in euro")
    assert driver.switch_to.active_element.get_attribute("id") == "foutmeldingen"
    assert "Jaarlijks een verantwoording" in driver.find_element(By.ID, "tekst-h6").get_attribute("value")
    assert_accessible(driver, "ivp geweigerd")
    fill(driver, "tekst-h7-budget", "€ 85.000")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Hoofdstukken opslaan']"))
    wait_for_text(driver, "Opgeslagen.")
    assert driver.find_element(By.ID, "tekst-h7-budget").get_attribute("value") == "€ 85.000"
    assert "Jaarlijks een verantwoording" in driver.find_element(By.ID, "tekst-h6").get_attribute("value")

    priority_link = driver.find_element(By.CSS_SELECTOR, "table a[href*='/onderwerp/p1']")
    title = priority_link.text
    click_and_wait(driver, priority_link)
    assert_accessible(driver, "ivp prioriteit")

    # An objective indicator from an imported series: name, unit and baseline come from the data.
    Select(driver.find_element(By.ID, "reeks")).select_by_index(1)
    Select(driver.find_element(By.ID, "soort")).select_by_value("objectief")
    fill(driver, "streefwaarde", "1")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Indicator toevoegen']"))
    wait_for_text(driver, "Toegevoegd.")
    # A subjective indicator typed by hand, first with a target the wrong way round.
    add_subjective_indicator(driver, target="18")
    wait_for_text(driver, "lager beter, maar de streefwaarde (18) ligt boven de nulmeting (16,4)")
    assert_accessible(driver, "indicator geweigerd")
    add_subjective_indicator(driver, target="14")
    wait_for_text(driver, "Toegevoegd.")
    cards = driver.find_elements(By.CSS_SELECTOR, "#indicatoren-lijst .indicator-card")
    assert len(cards) == 2
    verdict = cards[0].find_element(By.CSS_SELECTOR, ".status-tag").text
    assert verdict in ("haalbaar", "ambitieus", "buiten bereik van de trend", "geen trend"), verdict
    assert cards[0].find_elements(By.CSS_SELECTOR, "figure.course-chart svg"), "each indicator has its chart"

    add_measure(driver, "Preventie", "Buurtpreventie-apps in drie wijken", "Burgemeester", "Coördinator integrale veiligheid", [1, 2], "12000")
    add_measure(driver, "Toezicht en handhaving", "Extra toezicht in de donkere maanden", "Burgemeester", "Teamleider handhaving", [4], "8000")
    method_button = driver.find_element(By.XPATH, "//button[text()='Als maatregel toevoegen']")
    click_and_wait(driver, method_button)
    wait_for_text(driver, "Toegevoegd.")
    measures = driver.find_elements(By.CSS_SELECTOR, "table.measures tbody tr")
    assert len(measures) == 3
    assert "methode:" in driver.find_element(By.CSS_SELECTOR, "table.measures").text
    assert_accessible(driver, "ivp maatregelen")

    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Controle vóór vaststelling"))
    check = driver.find_element(By.ID, "controle").text
    assert "geen bestuurlijk trekker" in check, "the method added in one click still needs its leads"
    assert_accessible(driver, "controle")

    click_and_wait(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Uitvoeringsplan 2027"))
    assert "Buurtpreventie-apps in drie wijken" in driver.page_source and "€&nbsp;20.000" in driver.page_source
    assert_accessible(driver, "uitvoeringsplan")

    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "IVP"))
    response = download(driver, driver.find_element(By.CSS_SELECTOR, "a[href$='/ivp.docx']").get_attribute("href"))
    document = docx.Document(io.BytesIO(response.content))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "4 Prioriteiten" in headings and f"4.1 {title}" in headings, headings
    assert any(p.style.style_id == "TOC1" for p in document.paragraphs), "table of contents"
    indicator_tables = [t for t in document.tables if t.rows[0].cells[0].text == "Indicator"]
    assert indicator_tables and "Voelt zich weleens onveilig in de buurt" in "\n".join(c.text for r in indicator_tables[0].rows for c in r.cells)
    package = zipfile.ZipFile(io.BytesIO(response.content))
    assert any(name.startswith("word/media/image") and name.endswith(".png") for name in package.namelist()), "a chart is embedded"
    text = pdf_text_of_docx(response.content, "ivp")
    assert "Integraal Veiligheidsplan 2027–2030" in text and "Coördinatie, beleidscyclus" in text

    pack = download(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Raadspakket").get_attribute("href"))
    names = sorted(zipfile.ZipFile(io.BytesIO(pack.content)).namelist())
    assert names == ["1-raadsvoorstel.docx", "1-raadsvoorstel.odt", "2-integraal-veiligheidsplan-2027-2030.docx",
                     "2-integraal-veiligheidsplan-2027-2030.odt", "3-uitvoeringsplan-2027.docx",
                     "3-uitvoeringsplan-2027.odt"], names
