"""A joint plan of three municipalities of one basisteam in the browser (the demo's "Samen Veilig Waal en Heide"):
Heidebroek's coordinator writes and shares a local paragraph and never sees Lindewaard's draft; the council copy
with only Heidebroek's own paragraphs opens in LibreOffice and holds exactly those; the joint coordinator sees a
step-3a decision with an unplaced local choice refused, and records progress. axe checks every page."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import assert_accessible, click_and_wait, pdf_text_of_docx, url, wait_for_text
from test_analysis import log_out
from test_browser import DEMO_PASSWORD, log_in
from test_startup import download

HEIDEBROEK = "coordinator@heidebroek.example"
JOINT_COORDINATOR = "regie@waalenheide.example"
GROUP = "Samen Veilig Waal en Heide 2027–2030"


def open_group(driver):
    driver.get(url("/gemeenten"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, GROUP))
    wait_for_text(driver, "Gemeenten")


def test_local_paragraphs_council_copy_and_step_3a(driver):
    log_in(driver, HEIDEBROEK, DEMO_PASSWORD)
    open_group(driver)
    assert_accessible(driver, "samenwerking")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Plan en uitvoering"))
    assert_accessible(driver, "gezamenlijk plan")
    assert "Lindewaard werkt de lokale paragraaf nog uit" not in driver.page_source, "Lindewaard's draft stays with Lindewaard"
    assert "accent op de wijken rond het station" in driver.page_source, "Dijkzicht's shared paragraph is readable"
    field = driver.find_element(By.ID, "lokaal-GM9997-3.1")
    field.clear()
    field.send_keys("Heidebroek zet jongerenwerk in bij de skatebaan.")
    field.find_element(By.XPATH, "./ancestor::form").find_element(By.ID, "lokaal-GM9997-3.1-gedeeld").click()
    click_and_wait(driver, field.find_element(By.XPATH, "./ancestor::form//button"))
    wait_for_text(driver, "Opgeslagen.")
    assert "Heidebroek zet jongerenwerk in bij de skatebaan." in driver.page_source

    own = driver.find_element(
        By.XPATH, "//li[contains(., 'Raadsversie Gemeente Heidebroek met alleen de eigen')]//a[contains(@href, '.docx')]")
    text = pdf_text_of_docx(download(driver, own.get_attribute("href")).content, "raadsversie-heidebroek")
    flat = " ".join(text.split())
    assert "Heidebroek zet jongerenwerk in bij de skatebaan." in flat
    assert "Heidebroek heeft twee grote bedrijventerreinen" in flat
    assert "accent op de wijken rond het station" not in flat, "only Heidebroek's own local paragraphs"
    log_out(driver)

    log_in(driver, JOINT_COORDINATOR, DEMO_PASSWORD)
    open_group(driver)
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Stap 3a"))
    assert_accessible(driver, "stap 3a")
    Select(driver.find_element(By.ID, "keuze-GM9996-2.5")).select_by_value("")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Beslissing opslaan']"))
    wait_for_text(driver, "Nog niet geplaatst: 2.5 van GM9996")
    assert_accessible(driver, "stap 3a met foutmelding")
    Select(driver.find_element(By.ID, "keuze-GM9996-2.5")).select_by_value("lokaal")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Beslissing opslaan']"))
    wait_for_text(driver, "Opgeslagen.")

    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Monitor"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gemeente Lindewaard"))
    assert_accessible(driver, "monitor per gemeente")
    assert "Veiligheidsmonitor: de gemeenten naast elkaar" in driver.page_source, "the demo members have survey figures"
    form = driver.find_element(By.XPATH, "//form[.//h3[contains(., 'Straathoekwerk')]]")
    Select(form.find_element(By.TAG_NAME, "select")).select_by_value("loopt")
    click_and_wait(driver, form.find_element(By.TAG_NAME, "button"))
    wait_for_text(driver, "Opgeslagen.")
    assert "Loopt: 3" in driver.page_source
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Startnotitie"))
    assert_accessible(driver, "gezamenlijke startnotitie")
    log_out(driver)


def test_regional_strategy_theme_team_and_driehoek_result(driver):
    log_in(driver, JOINT_COORDINATOR, DEMO_PASSWORD)
    driver.get(url("/gemeenten"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Veiligheidsstrategie Oost-Voorbeeldland 2027–2030"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Regionale strategie"))
    wait_for_text(driver, "Randvoorwaardelijke thema's")
    assert_accessible(driver, "regionale strategie")
    driver.find_element(By.ID, "nieuw-titel").send_keys("Cybercrime bij het mkb")
    driver.execute_script("document.querySelectorAll('form').forEach(f => f.noValidate = true)")  # let the server answer
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Thema toevoegen']"))
    wait_for_text(driver, "problem")
    assert_accessible(driver, "regionale strategie met foutmelding")
    Select(driver.find_element(By.ID, "nieuw-soort")).select_by_value("inhoudelijk")
    driver.find_element(By.ID, "nieuw-burgemeester").send_keys("Femke Hartman")
    driver.find_element(By.ID, "nieuw-burgemeestergemeente").send_keys("Dijkzicht")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Thema toevoegen']"))
    wait_for_text(driver, "Teamlid toevoegen")  # the new theme's own page
    assert driver.find_element(By.TAG_NAME, "h1").text == "Cybercrime bij het mkb"
    for name, role in (("Femke Hartman", "bestuurlijk-voorzitter"), ("Joost Verbeek", "ambtelijk-trekker")):
        driver.find_element(By.ID, "team-naam").send_keys(name)
        Select(driver.find_element(By.ID, "team-rol")).select_by_value(role)
        driver.find_element(By.ID, "team-organisatie").send_keys("Gemeente Dijkzicht")
        click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Teamlid toevoegen']"))
        wait_for_text(driver, name)
    Select(driver.find_element(By.ID, "resultaat-gemeente")).select_by_visible_text("Gemeente Heidebroek")
    driver.find_element(By.ID, "resultaat-resultaat").send_keys("Checklist digitale weerbaarheid voor ondernemers")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Resultaat vastleggen']"))
    wait_for_text(driver, "Checklist digitale weerbaarheid voor ondernemers")
    assert_accessible(driver, "thema van de regionale strategie")
    log_out(driver)
