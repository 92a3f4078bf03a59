"""The dashboard in headless Chromium: markers, timeline, table, a filter, an event's highlighted evidence,
sources whose ids are URLs or other scripts, and a source that fails to load.

Needs Debian's ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them) and Selenium; skips without.
Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

webdriver = pytest.importorskip("selenium.webdriver")
pytest.importorskip("uvicorn")
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

from eventwire.web import create_app  # noqa: E402
from live_server import serving  # noqa: E402
from test_web_data import ODD_IDS, make_id_store, make_store  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="chromium and chromium-driver are not installed")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = str(tmp_path_factory.mktemp("browser") / "events.db")
    make_store(db)
    with serving(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def odd_ids_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server over one event told by reports whose ids are URLs, other scripts, '..', the longest a store keeps."""
    db = str(tmp_path_factory.mktemp("browser-ids") / "events.db")
    make_id_store(db)
    with serving(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="eventwire-chromium-")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1400,900", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def ready(driver: webdriver.Chrome, after: int = 0) -> int:
    """Wait until the dashboard has finished its next refresh; returns its refresh count."""
    def done(d: webdriver.Chrome) -> int | bool:
        n = int(d.execute_script("return +document.body.dataset.ready || 0"))
        return n if n > after and not d.execute_script("return document.body.dataset.loading") else False

    return WebDriverWait(driver, 20).until(done)


def count(driver: webdriver.Chrome, css: str) -> int:
    return len(driver.find_elements(By.CSS_SELECTOR, css))


def rows(driver: webdriver.Chrome) -> list[str]:
    return [r.text for r in driver.find_elements(By.CSS_SELECTOR, "#events tbody tr")]


def shoot(driver: webdriver.Chrome, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / name))


def test_dashboard_map_timeline_table_filter_and_evidence(browser: webdriver.Chrome, base_url: str) -> None:
    browser.get(base_url + "/")
    n = ready(browser)
    # map: one marker per event, sized by fatalities and coloured by type, over the Natural Earth outlines
    assert count(browser, "#map circle.marker") == 5
    assert count(browser, "#map .countries path") > 150 and count(browser, "#map .admin1 path[data-iso=IQ]") > 10
    radius = {c.get_attribute("data-fatalities"): float(c.get_attribute("r"))
              for c in browser.find_elements(By.CSS_SELECTOR, "#map circle.marker")}
    assert radius["13"] > radius["2"] > 0
    # an event whose report gives no toll: the smallest marker, marked apart, "?" in the table
    [unknown] = browser.find_elements(By.CSS_SELECTOR, "#map circle.marker.unknown")
    assert unknown.get_attribute("data-fatalities") == "" and float(unknown.get_attribute("r")) < radius["2"]
    assert "toll not reported" in unknown.find_element(By.TAG_NAME, "title").get_attribute("textContent")
    fills = {c.get_attribute("data-type"): c.get_attribute("fill")
             for c in browser.find_elements(By.CSS_SELECTOR, "#map circle.marker")}
    assert fills["Battles"] != fills["Violence against civilians"]
    # timeline: a bar per day with events, and the fatalities line
    assert count(browser, "#timeline rect.bar:not([data-events='0'])") == 4
    assert count(browser, "#timeline path.dead-line") == 1
    # table: every event, newest first
    assert len(rows(browser)) == 5 and rows(browser)[0].startswith("2021-12-07")
    assert "5 events, 24 killed" in browser.find_element(By.ID, "status").text
    shoot(browser, "dashboard.png")

    # a filter drives map, timeline and table together, and lands in the URL
    Select(browser.find_element(By.NAME, "country")).select_by_value("IQ")
    n = ready(browser, n)
    assert "country=IQ" in browser.current_url
    assert count(browser, "#map circle.marker") == 4 and len(rows(browser)) == 4
    assert count(browser, "#timeline rect.bar:not([data-events='0'])") == 3

    # sorting by fatalities
    browser.find_element(By.CSS_SELECTOR, "th[data-sort=fatalities]").click()
    n = ready(browser, n)
    assert "sort=-fatalities" in browser.current_url and "Makhmour" in rows(browser)[0]
    assert "Prde" in rows(browser)[-1] and rows(browser)[-1].split()[-2] == "?"  # unknown: below a known 0

    # text filter
    box = browser.find_element(By.NAME, "q")
    box.send_keys("dibis")
    browser.find_element(By.CSS_SELECTOR, "#filters button[type=submit]").click()
    n = ready(browser, n)
    assert len(rows(browser)) == 1 and "Dibis" in rows(browser)[0]

    # the event view: the record, both merged sources, and the evidence highlighted by field
    browser.find_element(By.CSS_SELECTOR, "#events tbody tr").click()
    n = ready(browser, n)
    assert "event=ev-" in browser.current_url
    panel = browser.find_element(By.ID, "event")
    assert panel.is_displayed()
    assert count(browser, "#event .report") == 2 and count(browser, "#event .sources li") == 2
    marks = {(m.get_attribute("data-field"), m.text) for m in browser.find_elements(By.CSS_SELECTOR, "#event .report-text mark")}
    assert ("fatalities", "Two Iraqi soldiers were killed") in marks
    assert ("location", "Dibis town") in marks and ("actor1", "ISIS militants") in marks
    assert ("fatalities", "two soldiers died") in marks
    shoot(browser, "event.png")

    # everything the page loaded came from this server
    urls = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert urls and all(u.startswith(base_url) for u in urls)


def test_shared_url_restores_the_view_and_report_text_is_escaped(browser: webdriver.Chrome, base_url: str) -> None:
    browser.get(base_url + "/?country=SY")
    ready(browser)
    assert count(browser, "#map circle.marker") == 1
    browser.find_element(By.CSS_SELECTOR, "#map circle.marker").click()
    ready(browser, 1)
    shared = browser.current_url
    browser.get("about:blank")
    browser.get(shared)
    ready(browser)
    assert Select(browser.find_element(By.NAME, "country")).first_selected_option.get_attribute("value") == "SY"
    text = browser.find_element(By.CSS_SELECTOR, "#event .report-text")
    assert "<script>alert('x')</script>" in text.text
    assert count(browser, "#event .report-text script") == 0 and "<b>Checkpoint</b>" in browser.find_element(
        By.CSS_SELECTOR, "#event .report h3").text
    assert [m.text for m in browser.find_elements(By.CSS_SELECTOR, "#event mark[data-field=fatalities]")][-1] == \
        "killing five people"


def test_dragging_across_the_timeline_sets_the_dates(browser: webdriver.Chrome, base_url: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    browser.get(base_url + "/")
    n = ready(browser)
    first = browser.find_element(By.CSS_SELECTOR, "#timeline rect[data-period='2021-11-20']")
    last = browser.find_element(By.CSS_SELECTOR, "#timeline rect[data-period='2021-12-02']")
    ActionChains(browser).move_to_element(first).click_and_hold().move_to_element(last).release().perform()
    n = ready(browser, n)
    assert "since=2021-11-20" in browser.current_url and "until=2021-12-02" in browser.current_url
    assert [r.split()[0] for r in rows(browser)] == ["2021-12-02", "2021-11-20"]
    assert count(browser, "#map circle.marker") == 2
    browser.find_element(By.CSS_SELECTOR, "#events tbody tr").click()
    n = ready(browser, n)
    assert browser.find_element(By.ID, "event").is_displayed()
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.ESCAPE)
    WebDriverWait(browser, 5).until(lambda d: not d.find_element(By.ID, "event").is_displayed())
    assert "event=" not in browser.current_url


EVIDENCE = {("fatalities", "three traders were killed"), ("location", "the cattle market in Maiduguri")}


def reports(driver: webdriver.Chrome) -> dict[str, WebElement]:
    """The event view's report sections by the article id each shows."""
    return {s.get_attribute("data-article"): s for s in driver.find_elements(By.CSS_SELECTOR, "#event .report")}


def marks(section: WebElement, css: str) -> set[tuple[str, str]]:
    return {(m.get_attribute("data-field"), m.text) for m in section.find_elements(By.CSS_SELECTOR, css)}


def test_an_event_whose_sources_have_url_like_ids_shows_each_report_highlighted(browser: webdriver.Chrome,
                                                                               odd_ids_url: str) -> None:
    browser.get(odd_ids_url + "/")
    n = ready(browser)
    browser.find_element(By.CSS_SELECTOR, "#events tbody tr").click()
    ready(browser, n)
    sections = reports(browser)
    assert sorted(sections) == sorted(ODD_IDS) and count(browser, "#event .sources li") == len(ODD_IDS)
    for article_id, section in sections.items():
        assert marks(section, ".report-text mark") == EVIDENCE, article_id
    assert count(browser, "#event .missing") == 0 and count(browser, "#event .report script") == 0
    shoot(browser, "event-odd-ids.png")
    # the URL keeps the open event: a shared link opens the same view
    shared = browser.current_url
    browser.get("about:blank")
    browser.get(shared)
    ready(browser)
    assert sorted(reports(browser)) == sorted(ODD_IDS) and count(browser, "#event .report-text mark") == 2 * len(ODD_IDS)


def test_a_report_that_fails_to_load_leaves_the_rest_of_the_event_in_view(browser: webdriver.Chrome,
                                                                          odd_ids_url: str) -> None:
    broken = ODD_IDS[0]
    browser.get(odd_ids_url + "/")
    n = ready(browser)
    # the request for one report fails (the page's fetch answers 503 for it), as when the database goes away
    browser.execute_script("""
        const broken = arguments[0], fetched = window.fetch;
        window.fetch = (input, init) => {
          const url = new URL(input, location.href);
          if (url.pathname === "/api/articles" && url.searchParams.get("id") === broken)
            return Promise.resolve(new Response('{"error": "database is unavailable", "param": null}',
                                                {status: 503, headers: {"content-type": "application/json"}}));
          return fetched(input, init);
        };""", broken)
    browser.find_element(By.CSS_SELECTOR, "#events tbody tr").click()
    ready(browser, n)
    sections = reports(browser)
    assert sorted(sections) == sorted(ODD_IDS)
    failed = sections.pop(broken)
    assert "this report could not be loaded (database is unavailable)" in failed.text
    assert marks(failed, ".quotes mark") == EVIDENCE  # its evidence still shows, quoted
    assert all(marks(s, ".report-text mark") == EVIDENCE for s in sections.values())
    assert "Violence against civilians" in browser.find_element(By.CSS_SELECTOR, "#event h2").text
    assert "Maiduguri" in browser.find_element(By.CSS_SELECTOR, "#event .facts").text
    browser.execute_script("arguments[0].scrollIntoView()", failed)
    shoot(browser, "event-source-failed.png")


def test_an_event_id_in_the_url_reaches_the_server_intact(browser: webdriver.Chrome, odd_ids_url: str) -> None:
    event_id = f"{ODD_IDS[0]}-1"  # extracted events carry their article's id
    browser.get(f"{odd_ids_url}/?event={quote(event_id, safe='')}")
    ready(browser)
    assert browser.execute_script("return new URLSearchParams(location.search).get('event')") == event_id
    assert browser.find_element(By.CSS_SELECTOR, "#event-body .error").text == f"no event {event_id!r}"
