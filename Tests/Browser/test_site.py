#!/usr/bin/env python3
"""Browser tests of a built dossier, in headless Chromium, from file://.

usage: test_site.py SITE_FOLDER OUTPUT_FOLDER

Opens index.html from disk, follows every internal link, and checks that no page logs a console
error or fails to load a resource; that search finds a speaker and a figure (by keyboard: "/"
then typing); that axe-core reports no serious or critical violation in light and dark mode; that
pages fit a 360 px wide phone screen. Saves screenshots of the front page in OUTPUT_FOLDER.
"""
import os, sys, urllib.parse
from collections import deque
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL", msg)


def driver():
    o = Options()
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):
        o.add_argument(a)
    o.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    chromium = "/usr/bin/chromium"
    if os.path.exists(chromium):
        o.binary_location = chromium
    service = Service("/usr/bin/chromedriver") if os.path.exists("/usr/bin/chromedriver") else Service()
    return webdriver.Chrome(service=service, options=o)


def console_errors(d):
    return [e for e in d.get_log("browser") if e.get("level") == "SEVERE"]


def crawl(d, site):
    start = "file://" + os.path.join(site, "index.html")
    seen, queue = set(), deque([start])
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        d.get(url)
        for e in console_errors(d):
            fail(f"{os.path.relpath(url[7:], site)}: console error: {e['message']}")
        for href in d.execute_script("return Array.from(document.querySelectorAll('a[href]')).map(a => a.href)"):
            u = urllib.parse.urlsplit(href)
            if u.scheme != "file":
                continue
            path = urllib.parse.unquote(u.path)
            if not path.startswith(site) or not path.endswith(".html"):
                continue
            if not os.path.exists(path):
                fail(f"{os.path.relpath(url[7:], site)}: link to missing {path}")
                continue
            queue.append("file://" + path)
    return seen


AXE_PAGES = ["index.html", "search.html?q=Rutte", "print.html", "coverage.html", "timeline.html", "grades.html",
             "claims/figures.html", "disputes/index.html", "sources.html", "whats-new.html"]


def axe_check(d, site, label):
    from axe_selenium_python import Axe
    pages = list(AXE_PAGES)
    for folder in ("articles", "speakers", "disputes", "outlets"):
        names = sorted(f for f in os.listdir(os.path.join(site, folder)) if f.endswith(".html") and f != "index.html") if os.path.isdir(os.path.join(site, folder)) else []
        if names:
            pages.append(folder + "/" + names[0])
    for p in pages:
        d.get("file://" + os.path.join(site, p))
        axe = Axe(d)
        axe.inject()
        result = axe.run()
        bad = [v for v in result["violations"] if v.get("impact") in ("serious", "critical")]
        for v in bad:
            fail(f"axe ({label}) {p}: {v['id']} ({v['impact']}): {v['help']} — e.g. {v['nodes'][0]['html'][:120]}")
    return len(pages)


def search_check(d, site):
    d.get("file://" + os.path.join(site, "index.html"))
    body = d.find_element(By.TAG_NAME, "body")
    body.send_keys("/")
    active = d.switch_to.active_element
    if active.get_attribute("id") != "site-search-q":
        fail("'/' does not focus the search box")
    # Find a speaker and a figure the dossier holds, from the search index itself.
    entries = d.execute_script("return null")
    idx = open(os.path.join(site, "data", "search-index.js"), encoding="utf-8").read()
    import json
    data = json.loads(idx[idx.index("=") + 1:].strip().rstrip(";"))
    speaker = next((e for e in data["e"] if data["k"][e[0]] == "Speaker"), None)
    figure = next((e for e in data["e"] if data["k"][e[0]] == "Figure"), None)
    for name, e in (("speaker", speaker), ("figure", figure)):
        if e is None:
            fail(f"search index has no {name}")
            continue
        query = e[1].split(" · ")[0].split(" — ")[0][:24]
        active = d.switch_to.active_element
        active.clear()
        active.send_keys(query)
        try:
            WebDriverWait(d, 5).until(lambda d: d.find_element(By.ID, "site-search-suggestions").is_displayed())
            items = d.find_elements(By.CSS_SELECTOR, "#site-search-suggestions li")
            if not any(query.lower() in i.text.lower() for i in items):
                fail(f"search for {name} '{query}' does not list it: {[i.text for i in items][:3]}")
        except Exception as ex:
            fail(f"search for {name} '{query}' shows no suggestions ({ex.__class__.__name__})")
        d.get("file://" + os.path.join(site, "search.html") + "?q=" + urllib.parse.quote(query))
        WebDriverWait(d, 5).until(lambda d: "result" in d.find_element(By.ID, "search-status").text or "Nothing" in d.find_element(By.ID, "search-status").text)
        if not d.find_elements(By.CSS_SELECTOR, "#search-results li a"):
            fail(f"search.html?q={query} finds nothing")
        d.get("file://" + os.path.join(site, "index.html"))
        d.find_element(By.TAG_NAME, "body").send_keys("/")


def phone_check(d, site, out):
    d.set_window_size(360, 740)
    for p in ("index.html", "coverage.html", "claims/figures.html"):
        d.get("file://" + os.path.join(site, p))
        over = d.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        if over > 1:
            fail(f"{p} is {over}px wider than a 360px phone screen")
    d.get("file://" + os.path.join(site, "index.html"))
    d.save_screenshot(os.path.join(out, "front-page-phone.png"))
    d.set_window_size(1280, 900)


def dark(d, on):
    d.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "dark" if on else "light"}]})


def main():
    site, out = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    d = driver()
    try:
        pages = crawl(d, site)
        d.get("file://" + os.path.join(site, "index.html"))
        d.save_screenshot(os.path.join(out, "front-page.png"))
        search_check(d, site)
        n = axe_check(d, site, "light")
        dark(d, True)
        axe_check(d, site, "dark")
        d.get("file://" + os.path.join(site, "index.html"))
        d.save_screenshot(os.path.join(out, "front-page-dark.png"))
        dark(d, False)
        phone_check(d, site, out)
    finally:
        d.quit()
    print(f"Browser tests: {len(pages)} pages crawled, axe on {n} pages in light and dark mode, search, phone width; "
          f"{len(failures)} failures; screenshots in {out}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
