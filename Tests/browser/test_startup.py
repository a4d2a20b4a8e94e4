"""Step 1 in the browser: write and finalise a start-note section, plan the trajectory, compose the working
group, and check the downloads with real readers (python-docx, icalendar, LibreOffice)."""
import io
import os
import shutil
import subprocess
import tempfile

import docx
import icalendar
import requests
from selenium.webdriver.common.by import By

from conftest import assert_accessible, click_and_wait, url, wait_for_text
from test_browser import COORDINATOR, DEMO_PASSWORD, log_in


def open_trajectory(driver):
    log_in(driver, COORDINATOR, DEMO_PASSWORD)
    wait_for_text(driver, "Mijn gemeenten")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gemeente Voorbeeldstad"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "IVP 2027–2030"))
    return driver.current_url


def download(driver, href):
    """Fetches a link with the browser's session cookie, as the browser's download would."""
    session = requests.Session()
    for cookie in driver.get_cookies():
        session.cookies.set(cookie["name"], cookie["value"])
    response = session.get(href, timeout=30)
    assert response.status_code == 200, response.status_code
    return response


def set_field(driver, element_id, value):
    element = driver.find_element(By.ID, element_id)
    driver.execute_script("arguments[0].value = arguments[1];", element, value)


def test_start_note_section_planning_and_docx(driver):
    trajectory_url = open_trajectory(driver)
    assert "Huidige stap:" in driver.page_source, "the trajectory page says where it stands"
    assert_accessible(driver, "traject met takenlijst")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Startnotitie opstellen en laten vaststellen"))
    assert_accessible(driver, "startnotitie")
    click_and_wait(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Aanleiding"))
    assert_accessible(driver, "onderdeel aanleiding")
    text = driver.find_element(By.ID, "tekst")
    text.clear()
    text.send_keys("Het vorige veiligheidsplan loopt eind 2026 af.")
    driver.find_element(By.CSS_SELECTOR, "#status option[value=definitief]").click()
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Opslaan']"))
    wait_for_text(driver, "Het onderdeel is opgeslagen.")

    driver.get(trajectory_url + "/planning")
    assert_accessible(driver, "planning leeg")
    set_field(driver, "startdatum", "2027-01-04")
    set_field(driver, "einddatum", "2027-07-31")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Planning opslaan']"))
    wait_for_text(driver, "De planning is opgeslagen.")
    # A refused milestone (no date; the browser's own check switched off, as for a browser without it) comes back
    # with what was typed, "Fout:" in the title and the focus on the error summary.
    driver.find_element(By.ID, "omschrijving").send_keys("Startbijeenkomst werkgroep")
    driver.execute_script("document.getElementById('datum').removeAttribute('required')")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Mijlpaal toevoegen']"))
    wait_for_text(driver, "Vul een geldige datum in.")
    assert driver.title.startswith("Fout: "), driver.title
    assert driver.find_element(By.ID, "omschrijving").get_attribute("value") == "Startbijeenkomst werkgroep"
    assert driver.switch_to.active_element.get_attribute("id") == "foutmeldingen"
    assert driver.find_element(By.ID, "datum").get_attribute("aria-invalid") == "true"
    assert_accessible(driver, "planning met foutmelding")
    set_field(driver, "datum", "2027-01-18")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Mijlpaal toevoegen']"))
    wait_for_text(driver, "Startbijeenkomst werkgroep")
    assert "Tijdlijn van de planning" in driver.page_source
    assert_accessible(driver, "planning")

    ics = download(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "(ICS)").get_attribute("href"))
    calendar = icalendar.Calendar.from_ical(ics.content)
    events = [component for component in calendar.walk("VEVENT")]
    summaries = [str(event["SUMMARY"]) for event in events]
    assert len(events) == 6, summaries
    assert "Werkgroepbijeenkomst: Startbijeenkomst werkgroep" in summaries
    first = min(events, key=lambda event: event["DTSTART"].dt)
    assert str(first["DTSTART"].dt) == "2027-01-04"

    driver.get(trajectory_url + "/startnotitie")
    response = download(driver, driver.find_element(By.CSS_SELECTOR, "a[href$='/startnotitie.docx']").get_attribute("href"))
    document = docx.Document(io.BytesIO(response.content))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "1 Aanleiding" in headings
    assert "12 Besluitvorming" in headings
    assert any("vorige veiligheidsplan" in p.text for p in document.paragraphs)
    planning_rows = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    assert ["Stap", "Van", "Tot en met", "Doorlooptijd", "Inzet coördinator"] in planning_rows
    assert any(row[0] == "1. Opstart" and row[1] == "4 januari 2027" for row in planning_rows)
    assert document.sections[0].header.paragraphs[0].text == "Gemeente Voorbeeldstad"

    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) is installed by scripts/browser-tests.sh"
    with tempfile.TemporaryDirectory() as directory:
        source = os.path.join(directory, "startnotitie.docx")
        with open(source, "wb") as handle:
            handle.write(response.content)
        result = subprocess.run(
            [soffice, "--headless", f"-env:UserInstallation=file://{directory}/profile", "--convert-to", "pdf", "--outdir", directory, source],
            capture_output=True, text=True, timeout=180)
        pdf = os.path.join(directory, "startnotitie.pdf")
        assert result.returncode == 0 and os.path.exists(pdf), result.stdout + result.stderr
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
        assert "Startnotitie IVP 2027–2030" in text
        assert "1 Aanleiding" in text
        assert "Pagina 1 van" in text


def test_working_group_composer_advises_on_a_ninth_member(driver):
    trajectory_url = open_trajectory(driver)
    driver.get(trajectory_url + "/werkgroep")
    assert_accessible(driver, "werkgroep leeg")
    people = [
        ("Sanne de Vries", "OOV", "intern", "trekker", [1, 2, 3, 4, 5]),
        ("Piet Agent", "Politie", "extern", "lid", [1, 2, 3, 5]),
        ("Ans Jeugd", "Jeugd en onderwijs", "intern", "lid", [3]),
        ("Bert Economie", "Economische zaken", "intern", "lid", [2]),
        ("Carla Brand", "Veiligheidsregio", "extern", "lid", [4]),
        ("Dirk Wijk", "Wijkbeheer", "intern", "lid", [1]),
        ("Eva Vergunning", "Vergunningen", "intern", "lid", [2, 4]),
        ("Frits Control", "Concernstaf", "intern", "lid", [5]),
        ("Gert Zorg", "Sociaal domein", "intern", "lid", [1]),
    ]
    for name, organisation, kind, role, fields in people:
        driver.find_element(By.ID, "lid-naam").send_keys(name)
        driver.find_element(By.ID, "lid-organisatie").send_keys(organisation)
        driver.find_element(By.CSS_SELECTOR, f"#lid-soort option[value={kind}]").click()
        driver.find_element(By.CSS_SELECTOR, f"#lid-rol option[value={role}]").click()
        for field in fields:
            driver.find_element(By.ID, f"lid-veld-{field}").click()
        click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Toevoegen']"))
        wait_for_text(driver, "Het lid is toegevoegd.")
        if name == "Frits Control":
            assert "De samenstelling volgt het advies van de methode." in driver.page_source
    assert "De werkgroep telt 9 leden; de methode adviseert hoogstens 8." in driver.page_source
    assert_accessible(driver, "werkgroep met negen leden")


def test_a_milestone_is_removed_only_after_confirming(driver):
    """A removal never happens in one click: the list links to a confirmation page that names the record, where
    'Annuleren' leads back with nothing changed and the warning button removes it."""
    trajectory_url = open_trajectory(driver)
    driver.get(trajectory_url + "/planning")
    driver.find_element(By.ID, "omschrijving").send_keys("Tijdelijke mijlpaal")
    set_field(driver, "datum", "2027-02-01")
    click_and_wait(driver, driver.find_element(By.XPATH, "//button[text()='Mijlpaal toevoegen']"))
    wait_for_text(driver, "Tijdelijke mijlpaal")
    remove = "//tr[td[text()='Tijdelijke mijlpaal']]//a[starts-with(normalize-space(.), 'Verwijderen')]"
    click_and_wait(driver, driver.find_element(By.XPATH, remove))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Mijlpaal verwijderen"
    assert "‘Tijdelijke mijlpaal’" in driver.find_element(By.CSS_SELECTOR, "p.lead").text
    assert_accessible(driver, "bevestiging verwijderen")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Annuleren"))
    assert "Tijdelijke mijlpaal" in driver.page_source
    click_and_wait(driver, driver.find_element(By.XPATH, remove))
    click_and_wait(driver, driver.find_element(By.CSS_SELECTOR, "button.button--warning"))
    assert driver.current_url.split("?")[0].endswith("/planning")
    assert "Tijdelijke mijlpaal" not in driver.page_source


def test_the_style_guide_shows_every_component_accessibly(driver):
    driver.get(url("/stijlgids"))
    assert driver.find_element(By.TAG_NAME, "h1").text == "Stijlgids"
    for heading in ["Knoppen", "Statuslabels", "Takenlijst", "Formulieronderdelen", "Tabellen en uitklapblokken"]:
        assert driver.find_element(By.XPATH, f"//h2[text()='{heading}']")
    boxes = driver.find_elements(By.CSS_SELECTOR, ".choices__item")
    assert boxes and all(box.size["height"] >= 44 for box in boxes), [box.size for box in boxes]
    assert_accessible(driver, "stijlgids")
