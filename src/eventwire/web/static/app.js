// eventwire web view: the little interaction the pages need, in plain JavaScript.
// Every value from the page is shown with textContent, never as HTML.
(function () {
  "use strict";

  // Type in a box with data-filter-table="ID" to hide the rows of that table
  // that do not contain every word typed.
  function setupQuickFilters() {
    document.querySelectorAll("input[data-filter-table]").forEach(function (box) {
      var table = document.getElementById(box.getAttribute("data-filter-table"));
      if (!table) { return; }
      var shown = document.getElementById("shown");
      box.addEventListener("input", function () {
        var words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
        var count = 0;
        table.querySelectorAll("tbody tr").forEach(function (row) {
          var text = row.textContent.toLowerCase();
          var keep = words.every(function (w) { return text.indexOf(w) !== -1; });
          row.classList.toggle("hidden", !keep);
          if (keep) { count += 1; }
        });
        if (shown) { shown.textContent = String(count); }
      });
    });
  }

  // Click a header of a table.sortable to sort its rows; click again to reverse.
  function cellValue(row, index, numeric) {
    var cell = row.children[index];
    if (!cell) { return numeric ? -Infinity : ""; }
    var raw = cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent;
    if (!numeric) { return raw.trim().toLowerCase(); }
    var n = parseFloat(raw);
    return isNaN(n) ? -Infinity : n;
  }

  function setupSorting() {
    document.querySelectorAll("table.sortable").forEach(function (table) {
      var headers = table.querySelectorAll("thead th");
      headers.forEach(function (th, index) {
        th.addEventListener("click", function () {
          var numeric = th.getAttribute("data-type") === "num";
          var ascending = !th.classList.contains("asc");
          headers.forEach(function (h) { h.classList.remove("asc", "desc"); });
          th.classList.add(ascending ? "asc" : "desc");
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.rows);
          rows.sort(function (a, b) {
            var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
            if (x < y) { return ascending ? -1 : 1; }
            if (x > y) { return ascending ? 1 : -1; }
            return 0;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    });
  }

  // Article page: hovering a highlighted sentence (or an event in the list)
  // shows the event's record and marks its evidence.
  function party(actor) {
    if (!actor) { return "–"; }
    return (actor.name || actor.text || "?") + " [" + (actor.code || "?") + "]";
  }

  function showRecords(panel, records) {
    panel.textContent = "";
    records.forEach(function (r) {
      var title = document.createElement("p");
      var strong = document.createElement("strong");
      strong.textContent = party(r.source) + " → " + r.cameo + " " + (r.cameo_name || "") +
        " → " + party(r.target);
      title.appendChild(strong);
      panel.appendChild(title);
      var list = document.createElement("dl");
      var fields = [
        ["event", r.event_id], ["status", r.status],
        ["date", (r.date || "undated") + (r.date_precision ? " (" + r.date_precision + ")" : "")],
        ["QuadClass", r.quad_class], ["Goldstein", r.goldstein],
        ["PLOVER", r.plover ? (r.plover.event_type || "") + " " + (r.plover.mode || "") : "–"],
        ["place", r.location ? r.location.name + " " + (r.location.country || "") : "–"],
        ["trigger", (r.evidence || []).map(function (e) { return e.trigger; }).join(", ")],
        ["rule", (r.evidence || []).map(function (e) { return e.rule; }).join(", ")]
      ];
      fields.forEach(function (f) {
        var dt = document.createElement("dt");
        var dd = document.createElement("dd");
        dt.textContent = f[0];
        dd.textContent = f[1] === null || f[1] === undefined ? "–" : String(f[1]);
        list.appendChild(dt);
        list.appendChild(dd);
      });
      panel.appendChild(list);
    });
  }

  function setupArticle() {
    var panel = document.getElementById("record");
    var text = document.getElementById("article-text");
    if (!panel || !text) { return; }
    var records = {};
    var items = {};
    document.querySelectorAll("ol.event-list li[data-record]").forEach(function (li) {
      var id = li.getAttribute("data-event-id");
      try { records[id] = JSON.parse(li.getAttribute("data-record")); } catch (e) { return; }
      items[id] = li;
    });
    var marks = Array.prototype.slice.call(text.querySelectorAll("mark.hl"));

    function activate(ids) {
      marks.forEach(function (m) {
        var mine = m.getAttribute("data-events").split(" ");
        m.classList.toggle("active", ids.some(function (id) { return mine.indexOf(id) !== -1; }));
      });
      Object.keys(items).forEach(function (id) {
        items[id].classList.toggle("active", ids.indexOf(id) !== -1);
      });
      showRecords(panel, ids.map(function (id) { return records[id]; }).filter(Boolean));
    }

    marks.forEach(function (m) {
      m.addEventListener("mouseenter", function () {
        activate(m.getAttribute("data-events").split(" "));
      });
    });
    Object.keys(items).forEach(function (id) {
      items[id].addEventListener("mouseenter", function () { activate([id]); });
      items[id].addEventListener("focus", function () { activate([id]); });
    });
    var wanted = window.location.hash.replace(/^#ev-/, "");
    if (wanted && records[wanted]) { activate([wanted]); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    setupQuickFilters();
    setupSorting();
    setupArticle();
  });
}());
