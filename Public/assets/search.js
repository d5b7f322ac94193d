/* Dossier offline search. A classic script: it works from file:// without fetch or modules.
   Every page: "/" focuses the search box, typing shows the best matches.
   search.html?q=…: the full list of results, so a search can be linked. */
(function () {
  "use strict";
  var form = document.getElementById("site-search");
  if (!form) return;
  var root = form.getAttribute("data-root") || "";
  var input = form.querySelector("input[name=q]");
  var box = document.getElementById("site-search-suggestions");
  var index = null, prepared = null, loading = null;
  var ORDER = { "Speaker": 0, "Outlet": 1, "Disputed point": 2, "Article": 3, "Figure": 4, "Quote": 5, "Statement": 6, "Date": 7, "Note": 8 };

  function fold(s) {
    return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/(\d)[,\u202f ](?=\d{3}\b)/g, "$1");
  }

  function load(done) {
    if (index) { done(); return; }
    if (loading) { loading.push(done); return; }
    loading = [done];
    var s = document.createElement("script");
    s.src = root + "data/search-index.js";
    s.onload = function () {
      index = window.DOSSIER_SEARCH || { k: [], e: [] };
      prepared = index.e.map(function (e) { return fold(e[1] + " " + e[3]); });
      var waiting = loading; loading = null;
      waiting.forEach(function (f) { f(); });
    };
    s.onerror = function () { loading = null; };
    document.head.appendChild(s);
  }

  function search(query, limit) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    var hits = [];
    for (var i = 0; i < prepared.length; i++) {
      var text = prepared[i], ok = true, first = Infinity;
      for (var j = 0; j < words.length; j++) {
        var at = text.indexOf(words[j]);
        if (at < 0) { ok = false; break; }
        if (at < first) first = at;
      }
      if (!ok) continue;
      var e = index.e[i], kind = index.k[e[0]];
      hits.push({ e: e, kind: kind, score: (ORDER[kind] || 9) * 1000 + Math.min(first, 500) + e[1].length / 100 });
    }
    hits.sort(function (a, b) { return a.score - b.score; });
    return hits.slice(0, limit);
  }

  function item(hit) {
    var li = document.createElement("li");
    var tag = document.createElement("span");
    tag.className = "kind-tag";
    tag.textContent = hit.kind;
    var a = document.createElement("a");
    a.href = root + hit.e[2];
    a.textContent = hit.e[1];
    var detail = document.createElement("span");
    detail.className = "meta";
    detail.textContent = " — " + hit.e[3];
    li.appendChild(tag); li.appendChild(document.createTextNode(" "));
    li.appendChild(a); li.appendChild(detail);
    return li;
  }

  function suggest() {
    var q = input.value;
    if (!box) return;
    if (q.trim().length < 1) { box.hidden = true; box.textContent = ""; return; }
    load(function () {
      if (input.value !== q) return;
      box.textContent = "";
      search(q, 8).forEach(function (h) { box.appendChild(item(h)); });
      box.hidden = !box.firstChild;
    });
  }

  input.addEventListener("input", suggest);
  document.addEventListener("keydown", function (ev) {
    var t = ev.target, typing = t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable);
    if (ev.key === "/" && !typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      ev.preventDefault();
      input.focus();
      input.select();
    } else if (ev.key === "Escape" && box) {
      box.hidden = true;
    }
  });

  // The results page.
  var results = document.getElementById("search-results");
  if (results) {
    var q = new URLSearchParams(window.location.search).get("q") || "";
    input.value = q;
    var status = document.getElementById("search-status");
    if (!q.trim()) { status.textContent = "Type a name, a number or a word in the search box."; return; }
    status.textContent = "Searching…";
    load(function () {
      var hits = search(q, 300);
      results.textContent = "";
      hits.forEach(function (h) { results.appendChild(item(h)); });
      status.textContent = hits.length ? hits.length + (hits.length === 300 ? "+" : "") + " results for “" + q + "”" : "Nothing found for “" + q + "”.";
    });
  }
})();
