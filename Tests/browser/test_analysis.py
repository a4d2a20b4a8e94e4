"""Step 2 in the browser: the coordinator assigns a theme to an invited partner, the partner writes along and
cannot reach other themes, the coordinator reviews; the analysis report opens in python-docx and LibreOffice."""
import io
import re

import docx
from selenium.webdriver.common.by import By

from conftest import assert_accessible, click_and_wait, pdf_text_of_docx, url, wait_for_text
from test_browser import COORDINATOR, DEMO_PASSWORD, log_in
from test_startup import download

PARTNER = "petra.partner@politie.example"
PARTNER_PASSWORD = "petra-haar-wachtwoord"


def log_out(driver):
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "header .account button"))
    wait_for_text(driver, "U bent uitgelogd.")


def analysis_url(driver):
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gemeente Voorbeeldstad"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "IVP 2027–2030"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Thema's en aspecten analyseren"))
    return driver.current_url


def test_assign_write_as_partner_and_review(driver):
    log_in(driver, COORDINATOR, DEMO_PASSWORD)
    wait_for_text(driver, "Mijn gemeenten")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gemeente Voorbeeldstad"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gebruikers en uitnodigingen beheren"))
    driver.find_element(By.ID, "naam").send_keys("Petra Partner")
    driver.find_element(By.ID, "email").send_keys(PARTNER)
    driver.find_element(By.CSS_SELECTOR, "#rol option[value=partner]").click()
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Uitnodigen']"))
    wait_for_text(driver, "Uitnodiging voor Petra Partner")
    link = driver.find_element(By.ID, "link-url").text
    driver.get(url("/gemeenten"))
    analysis = analysis_url(driver)
    assert "28 cellen gereed (100%)" in driver.page_source
    assert_accessible(driver, "analyse")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "2.1 Veilig winkelgebied"))
    assert_accessible(driver, "analysecel coördinator")
    driver.find_element(By.XPATH, "//label[contains(., 'Petra Partner')]").click()
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Toewijzing opslaan']"))
    wait_for_text(driver, "De toewijzing is opgeslagen.")
    log_out(driver)

    driver.get(link)
    driver.find_element(By.ID, "wachtwoord").send_keys(PARTNER_PASSWORD)
    driver.find_element(By.ID, "herhaling").send_keys(PARTNER_PASSWORD)
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Wachtwoord opslaan']"))
    wait_for_text(driver, "Uw wachtwoord is ingesteld")
    log_in(driver, PARTNER, PARTNER_PASSWORD)
    wait_for_text(driver, "Mijn gemeenten")
    driver.get(analysis)
    main = driver.find_element(By.TAG_NAME, "main").text
    assert "2.1 Veilig winkelgebied" in main
    assert "3.2 Jeugdcriminaliteit" not in main
    assert_accessible(driver, "analyse partner")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "2.1 Veilig winkelgebied"))
    extra = driver.find_element(By.ID, "extra")
    extra.send_keys(" De politie stelt voor het collectief winkelverbod uit te breiden naar het Marktplein.")
    driver.find_element(By.CSS_SELECTOR, "#status option[value=in-review]").click()
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Opslaan']"))
    wait_for_text(driver, "De wijzigingen zijn opgeslagen.")
    assert "Status: In review" in driver.page_source
    assert_accessible(driver, "analysecel partner")
    # A figure typed one field per year: a value that is not a number is refused with everything kept.
    new = driver.find_element(By.XPATH, "//fieldset[legend='Nieuw cijfer']")
    inputs = new.find_elements(By.CSS_SELECTOR, "input")
    for field, value in zip(inputs, ["Winkeldiefstal (aangifte)", "Politie", "2023", "118", "2024", "veel"]):
        field.send_keys(value)
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Cijfers opslaan']"))
    wait_for_text(driver, "is geen getal")
    assert driver.switch_to.active_element.get_attribute("id") == "foutmeldingen"
    assert_accessible(driver, "analysecel cijfers geweigerd")
    refused = driver.find_element(By.XPATH, "//input[@value='veel']")
    refused.clear()
    refused.send_keys("131")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Cijfers opslaan']"))
    wait_for_text(driver, "2023: 118; 2024: 131")
    driver.get(re.sub(r"/cel/2\.1.*$", "/cel/3.2", driver.current_url))
    assert "Pagina niet gevonden" in driver.page_source
    log_out(driver)

    log_in(driver, COORDINATOR, DEMO_PASSWORD)
    wait_for_text(driver, "Mijn gemeenten")
    driver.get(analysis)
    assert "27 cellen gereed" in driver.page_source or "27 van 28 cellen gereed" in driver.page_source
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "2.1 Veilig winkelgebied"))
    assert "Marktplein" in driver.find_element(By.ID, "extra").get_attribute("value")
    driver.find_element(By.CSS_SELECTOR, "#status option[value=gereed]").click()
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Opslaan']"))
    wait_for_text(driver, "Status: Gereed")
    driver.get(analysis)
    assert "28 van 28 cellen gereed (100%)" in driver.page_source
    click_and_wait(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Conclusie en kandidaat-prioriteiten veld 1"))
    assert_accessible(driver, "conclusie veld 1")


def test_analysis_report_has_the_full_structure(driver):
    log_in(driver, COORDINATOR, DEMO_PASSWORD)
    wait_for_text(driver, "Mijn gemeenten")
    analysis_url(driver)
    response = download(driver, driver.find_element(By.CSS_SELECTOR, "a[href$='/analyserapport.docx']").get_attribute("href"))
    document = docx.Document(io.BytesIO(response.content))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    for field in ("Veld 1: Veilige woon- en leefomgeving", "Veld 2: Bedrijvigheid en veiligheid", "Veld 3: Jeugd en veiligheid",
                  "Veld 4: Fysieke veiligheid", "Veld 5: Integriteit en veiligheid"):
        assert field in headings, field
    theme_headings = [h for h in headings if re.match(r"^(\d\.\d |Aspect \d: )", h)]
    assert len(theme_headings) == 28, theme_headings
    assert headings.count("Kandidaat-prioriteiten") == 5
    assert len(document.tables) == 22 + 5, "a figures table per theme of the demo and a candidates table per field"
    text = pdf_text_of_docx(response.content, "analyse")
    assert "Veld 5: Integriteit en veiligheid" in text
    assert "5.5 Ambtelijke en bestuurlijke integriteit" in text
