"""The demo's documents as PDF/A-2 made by the app's LibreOffice converter (through `regiekamer document NAME
--format pdf` on a throw-away database with the demo and its plan): tagged, PDF/A part and conformance in the XMP
metadata (read with pikepdf), every font embedded (pdffonts), the text of the DOCX in the PDF (pdftotext), the
progress report on one page. And the web offers the three formats side by side."""
import os
import re
import shutil
import subprocess
import tempfile

import docx
import pikepdf
import pytest

from selenium.webdriver.common.by import By

from conftest import click_and_wait, url
from test_browser import COORDINATOR, DEMO_PASSWORD, log_in
from test_startup import download

BINARY = os.environ.get("REGIEKAMER_BINARY", ".build/debug/regiekamer")
DOCUMENTS = ["startnotitie", "ivp", "raadsvoorstel", "uitvoeringsplan", "voortgang", "voortgang-bijlage"]
DEMO_CODE = "GM9999"  # Gemeente Voorbeeldstad


@pytest.fixture(scope="module")
def demo():
    """A directory with a SQLite demo (with plan) and a function that writes a document of it in a format."""
    assert shutil.which("soffice"), "LibreOffice (soffice) is installed by scripts/browser-tests.sh"
    assert shutil.which("pdfinfo") and shutil.which("pdffonts"), "poppler-utils is installed by scripts/browser-tests.sh"
    directory = tempfile.mkdtemp()
    environment = dict(os.environ, SQLITE_PATH=os.path.join(directory, "demo.sqlite"),
                       REGIEKAMER_OFFICE_DIR=os.path.join(directory, "office"))
    subprocess.run([BINARY, "demo", "--with-plan"], env=environment, check=True, capture_output=True, timeout=300)

    def write(name, fmt):
        target = os.path.join(directory, f"{name}.{fmt}")
        result = subprocess.run([BINARY, "document", name, "--format", fmt, "--municipality", DEMO_CODE, "--output", target],
                                env=environment, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        return target

    yield write
    shutil.rmtree(directory, ignore_errors=True)


def pdfinfo(path):
    output = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in output.splitlines() if ":" in line)


def words(text):
    return re.findall(r"\w+", text.replace("\u00a0", " "))


@pytest.mark.parametrize("name", DOCUMENTS)
def test_pdf_is_tagged_pdfa2_with_embedded_fonts_and_the_docx_text(demo, name):
    pdf = demo(name, "pdf")
    info = pdfinfo(pdf)
    assert info["Tagged"].strip() == "yes"
    with pikepdf.open(pdf) as document:
        metadata = document.open_metadata()
        assert metadata.get("pdfaid:part") == "2"
        assert metadata.get("pdfaid:conformance") in ("A", "B", "U")
        assert document.Root.get("/Lang") is not None, "the document names its language"
    fonts = subprocess.run(["pdffonts", pdf], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts, "the PDF has text in fonts"
    for line in fonts:
        columns = line.split()
        assert columns[-5] == "yes", f"font not embedded: {line}"
    # A word may break over two lines in a narrow table column, so the PDF's text is compared without spaces
    # and hyphens: every DOCX word must occur in it.
    pdf_text = re.sub(r"[\s\-\u00ad]", "", subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True,
                                                           check=True).stdout)
    source = docx.Document(demo(name, "docx"))
    # Known gap: LibreOffice does not lay out the ODT's table of contents in the PDF yet, so its paragraphs are
    # left out of the comparison (the headings themselves are compared).
    docx_text = " ".join(p.text for p in source.paragraphs if not p.style.style_id.startswith("TOC"))
    docx_text += " " + " ".join(c.text for t in source.tables for r in t.rows for c in r.cells)
    expected = words(docx_text)
    assert expected, "the DOCX has text"
    missing = sorted(word for word in set(expected) if word not in pdf_text)
    assert not missing, f"in the DOCX but not in the PDF: {missing[:20]}"


def test_the_demo_progress_report_is_one_page(demo):
    assert pdfinfo(demo("voortgang", "pdf"))["Pages"].strip() == "1"


def test_the_demo_ivp_has_a_plausible_length(demo):
    pages = int(pdfinfo(demo("ivp", "pdf"))["Pages"].strip())
    assert 8 <= pages <= 16, pages


def test_the_web_offers_docx_odt_and_pdf_side_by_side(driver):
    log_in(driver, COORDINATOR, DEMO_PASSWORD)
    driver.get(url("/"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Gemeente Voorbeeldstad"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "IVP 2027–2030"))
    click_and_wait(driver, driver.find_element(By.LINK_TEXT, "Startnotitie opstellen en laten vaststellen"))
    links = {a.get_attribute("href").rsplit(".", 1)[-1]: a.get_attribute("href")
             for a in driver.find_elements("css selector", ".document-downloads a")}
    assert set(links) == {"docx", "odt", "pdf"}, links
    types = {fmt: download(driver, href).headers["Content-Type"] for fmt, href in links.items()}
    assert types["odt"] == "application/vnd.oasis.opendocument.text"
    assert types["pdf"] == "application/pdf"
    assert types["docx"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
