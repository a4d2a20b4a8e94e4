"""A local safety project through the six steps in the browser (after test_analysis.py invited partner Petra):
the coordinator starts a neighbourhood safety plan and invites Petra; problems, points, current measures, a
SMART objective (first refused with a letter unanswered), an adopted measure and its progress; the matrix and
the report; the step-6 dashboard shows the project and the Uitvoeringsplan its measure; Petra reads the minutes. axe checks every page."""
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import assert_accessible, click_and_wait, wait_for_text
from test_analysis import PARTNER, PARTNER_PASSWORD, log_out
from test_browser import COORDINATOR, DEMO_PASSWORD, log_in


def fill(driver, fields):
    for field, value in fields.items():
        element = driver.find_element(By.ID, field)
        element.clear()
        element.send_keys(value)


def submit(driver, text):
    click_and_wait(driver, driver.find_element(By.XPATH, f"//button[text()='{text}']"))


def go_to_step(driver, number):
    click_and_wait(driver, driver.find_element(By.PARTIAL_LINK_TEXT, f"Stap {number}:"))


def test_a_project_through_the_six_steps(driver):
    log_in(driver, COORDINATOR, DEMO_PASSWORD)
    wait_for_text(driver, "Mijn gemeenten")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gemeente Voorbeeldstad"))
    click_and_wait(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Projecten en wijkveiligheidsplannen"))
    wait_for_text(driver, "Lokale veiligheidsprojecten")
    assert_accessible(driver, "projecten")
    fill(driver, {"nieuw-naam": "Wijkveiligheidsplan Noordwijk", "nieuw-gebied": "Noordwijk", "nieuw-themas": "1.3, 3.1"})
    Select(driver.find_element(By.ID, "nieuw-soort")).select_by_value("wijkveiligheidsplan")
    Select(driver.find_element(By.ID, "nieuw-richting")).select_by_value("wijk")
    submit(driver, "Project aanmaken")
    wait_for_text(driver, "Het project is aangemaakt")
    assert_accessible(driver, "project")
    project = driver.current_url.split("?")[0]

    Select(driver.find_element(By.ID, "uitnodigen-gebruiker")).select_by_visible_text(
        next(option.text for option in driver.find_elements(By.CSS_SELECTOR, "#uitnodigen-gebruiker option") if "Petra" in option.text))
    fill(driver, {"uitnodigen-organisatie": "Politie"})
    submit(driver, "Uitnodigen")
    wait_for_text(driver, "Petra Partner — Politie")

    go_to_step(driver, 1)
    fill(driver, {"probleem": "Inbraken in schuurtjes", "waar": "Achterpaden Noordwijk", "wanneer": "Winteravonden", "wie": "Bewoners", "onderbouwing": "Aangiften politie"})
    submit(driver, "Probleem melden")
    wait_for_text(driver, "Achterpaden Noordwijk")
    fill(driver, {"probleem": "Fietsendiefstal bij de school", "waar": "Schoolplein"})
    submit(driver, "Probleem melden")
    wait_for_text(driver, "Schoolplein")
    assert_accessible(driver, "project stap 1")

    go_to_step(driver, 2)
    inputs = driver.find_elements(By.CSS_SELECTOR, "input[type=number]")
    inputs[0].send_keys("7")
    inputs[1].send_keys("3")
    submit(driver, "Punten indienen")
    wait_for_text(driver, "Uw punten zijn geteld.")
    assert_accessible(driver, "project stap 2")

    go_to_step(driver, 3)
    fill(driver, {"maatregel": "Buurtpreventieteam loopt rondes", "partner": "Bewoners", "uitleg": "Te weinig vrijwilligers"})
    Select(driver.find_element(By.ID, "tekort")).select_by_value("capaciteit")
    submit(driver, "Toevoegen")
    wait_for_text(driver, "Te weinig capaciteit")
    assert_accessible(driver, "project stap 3")

    go_to_step(driver, 4)
    fill(driver, {
        "doel": "Minder inbraken in schuurtjes", "smartS": "Schuurinbraken in Noordwijk", "smartM": "Aangiften bij de politie",
        "smartA": "Politie, woningcorporatie en bewoners", "smartT": "Voor eind 2027", "meetinstrument": "Aangiften",
        "norm": "Een derde minder", "termijn": "31-12-2027"})
    driver.find_element(By.ID, "smart").click()
    submit(driver, "Doel opslaan")
    wait_for_text(driver, "R (Realistisch): beantwoord deze letter")
    assert_accessible(driver, "project stap 4 met fout")
    fill(driver, {"smartR": "Sloten en verlichting zijn goedkoop"})
    submit(driver, "Doel opslaan")
    wait_for_text(driver, "SMART: elke letter beantwoord")
    assert_accessible(driver, "project stap 4")

    go_to_step(driver, 5)
    fill(driver, {"titel": "Schuursloten en verlichting", "partners": "Woningcorporatie", "planning": "Najaar 2027", "kosten": "8.000"})
    driver.find_element(By.ID, "vaststellen").click()
    submit(driver, "Maatregel toevoegen")
    wait_for_text(driver, "Eigenaar: een maatregel wordt pas vastgesteld")
    fill(driver, {"eigenaar": "Wijkregisseur Noordwijk"})
    submit(driver, "Maatregel toevoegen")
    wait_for_text(driver, "De maatregel is vastgesteld.")
    fill(driver, {"verslag": "Afgesproken: sloten en lampen voor de winter."})
    submit(driver, "Verslag toevoegen")
    wait_for_text(driver, "Afgesproken: sloten en lampen voor de winter.")
    assert_accessible(driver, "project stap 5")

    go_to_step(driver, 6)
    Select(driver.find_element(By.CSS_SELECTOR, "select[name=status]")).select_by_value("loopt")
    driver.find_element(By.CSS_SELECTOR, "input[name=indicator]").send_keys("Aangiften schuurinbraak")
    driver.find_element(By.CSS_SELECTOR, "input[name=waarde]").send_keys("9")
    submit(driver, "Voortgang opslaan")
    wait_for_text(driver, "Aangiften schuurinbraak: 9")
    assert_accessible(driver, "project stap 6")

    driver.get(project + "/matrix")
    wait_for_text(driver, "Zonder trekker")
    Select(driver.find_element(By.ID, "cel-0-0")).select_by_value("trekker")
    submit(driver, "Matrix opslaan")
    wait_for_text(driver, "Zonder trekker: Handhaving, Zorg, Nazorg")
    assert_accessible(driver, "verantwoordelijkhedenmatrix")

    driver.get(project + "/rapport")
    wait_for_text(driver, "Projectrapport Wijkveiligheidsplan Noordwijk")
    assert "Schuursloten en verlichting" in driver.page_source
    assert_accessible(driver, "projectrapport")

    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gemeente Voorbeeldstad"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "IVP 2027–2030"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Voortgang per kwartaal bespreken"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Maatregelen"))
    wait_for_text(driver, "Lokale projecten naast het plan")
    Select(driver.find_element(By.ID, "gebied")).select_by_value("Noordwijk")
    submit(driver, "Filteren")
    wait_for_text(driver, "Wijkregisseur Noordwijk")
    assert_accessible(driver, "voortgang met projecten")
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Overzicht"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Uitvoeringsplan 2027"))
    Select(driver.find_element(By.ID, "gebied")).select_by_value("Noordwijk")
    submit(driver, "Filteren")
    wait_for_text(driver, "Schuursloten en verlichting")
    assert_accessible(driver, "uitvoeringsplan met wijkveiligheidsplannen")
    log_out(driver)

    log_in(driver, PARTNER, PARTNER_PASSWORD)
    driver.get(project)
    wait_for_text(driver, "Afgesproken: sloten en lampen voor de winter.")
    assert "Instellingen wijzigen" not in driver.page_source
    assert_accessible(driver, "project als partner")
    log_out(driver)
