// rightsgraph explorer: search, filters, neighbourhood highlight and a facts panel over vis-network.
// Every string from the data is put on screen with textContent, never as markup.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("rg-data").textContent);
  const $ = (id) => document.getElementById(id);
  const el = (tag, text, cls) => {
    const e = document.createElement(tag);
    if (text !== undefined) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  const fold = (s) => (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d")
    .toLowerCase().replace(/\s+/g, " ").trim();

  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  for (const n of data.nodes) {
    n.baseColor = n.color;
    n.key = fold(n.labels.en) + " | " + fold(n.labels.vi);
  }
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const network = new vis.Network($("network"), { nodes, edges }, data.options);
  window.rightsgraph = { network, nodes, edges, data };

  network.once("afterDrawing", () => {
    $("loading").hidden = true;
    document.body.dataset.ready = "true";
  });

  // notes (aggregation, truncation)
  for (const note of data.notes) $("notes").appendChild(el("p", note));

  // legend with filters: by class, or by the view's groups (a state's vote position)
  $("legend-title").textContent = data.legendTitle;
  const hiddenKeys = new Set();
  for (const item of data.legend) {
    const li = el("li");
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.key = item.key;
    box.addEventListener("change", () => {
      if (box.checked) hiddenKeys.delete(item.key); else hiddenKeys.add(item.key);
      applyFilters();
    });
    const swatch = el("span", undefined, "swatch " + item.shape);
    swatch.style.background = item.colour;
    label.append(box, swatch, el("span", `${item.label} (${item.count})`));
    li.appendChild(label);
    $("legend").appendChild(li);
  }

  // source filter
  const used = new Set();
  for (const n of data.nodes) for (const s of n.sources) used.add(s);
  const sourceIds = [...used].filter((s) => data.sources[s])
    .sort((a, b) => data.sources[a].title.localeCompare(data.sources[b].title));
  for (const s of sourceIds) {
    const option = el("option", `${data.sources[s].title}${data.sources[s].date ? " (" + data.sources[s].date + ")" : ""}`);
    option.value = s;
    $("source").appendChild(option);
  }

  function visible(n, source, from, to) {
    if (hiddenKeys.has(n.grp)) return false;
    if (source && !n.sources.includes(source)) return false;
    if (from && n.end && n.end < from) return false;
    if (to && n.start && n.start > to) return false;
    return true;
  }

  function applyFilters() {
    const source = $("source").value, from = $("from").value, to = $("to").value;
    const shown = new Set();
    const updates = [];
    for (const n of data.nodes) {
      const ok = visible(n, source, from, to);
      if (ok) shown.add(n.id);
      updates.push({ id: n.id, hidden: !ok });
    }
    nodes.update(updates);
    edges.update(data.edges.map((e) => ({
      id: e.id,
      hidden: !(shown.has(e.from) && shown.has(e.to) && (!source || e.sources.includes(source))),
    })));
    $("count").textContent = `${shown.size} of ${data.nodes.length} resources shown`;
  }
  for (const id of ["source", "from", "to"]) $(id).addEventListener("change", applyFilters);

  // time slider: what had begun by the end of a year (sets "to"); shown when the view has dated resources
  const years = data.nodes.flatMap((n) => [n.start, n.end]).filter(Boolean).map((d) => Number(d.slice(0, 4)));
  if (years.length && Math.max(...years) > Math.min(...years)) {  // a slider needs more than one year
    const slider = $("year");
    slider.min = String(Math.min(...years));
    slider.max = String(Math.max(...years));
    slider.value = slider.max;
    $("year-shown").textContent = slider.value;
    $("timeline").hidden = false;
    slider.addEventListener("input", () => {
      $("year-shown").textContent = slider.value;
      $("to").value = slider.value === slider.max ? "" : `${slider.value}-12-31`;
      applyFilters();
    });
  }
  $("count").textContent = `${data.nodes.length} resources, ${data.edges.length} links`;

  // language
  let lang = data.lang;
  function setLang(next) {
    lang = next;
    nodes.update(data.nodes.map((n) => ({ id: n.id, label: n.short[lang] || n.short.en,
      title: n.labels[lang] || n.labels.en })));
    for (const b of document.querySelectorAll(".lang button")) b.setAttribute("aria-pressed", String(b.dataset.lang === lang));
    document.documentElement.lang = lang;
  }
  for (const b of document.querySelectorAll(".lang button")) b.addEventListener("click", () => setLang(b.dataset.lang));
  for (const b of document.querySelectorAll(".lang button")) b.setAttribute("aria-pressed", String(b.dataset.lang === lang));

  // neighbourhood highlight
  let highlighted = false;
  function highlight(id) {
    const near = new Set([id, ...network.getConnectedNodes(id)]);
    nodes.update(data.nodes.map((n) => ({ id: n.id, color: near.has(n.id) ? n.baseColor : "#dde2e8" })));
    highlighted = true;
  }
  function clearHighlight() {
    if (!highlighted) return;
    nodes.update(data.nodes.map((n) => ({ id: n.id, color: n.baseColor })));
    highlighted = false;
  }

  // facts panel
  function sourceItem(s) {
    const li = el("li");
    const src = data.sources[s];
    if (!src) { li.textContent = s; return li; }
    if (/^https?:\/\//.test(src.url)) {
      const a = el("a", src.title);
      a.href = src.url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      li.appendChild(a);
    } else {
      li.appendChild(el("span", src.title));
    }
    li.appendChild(el("span", ` (${src.kind}${src.date ? ", " + src.date : ""})`));
    return li;
  }

  function show(id) {
    const n = byId.get(id);
    if (!n) return;
    $("panel").hidden = false;
    $("panel-title").textContent = n.labels[lang] || n.labels.en;
    $("panel-class").textContent = n.cls + (n.grpLabel ? ` · ${data.legendTitle}: ${n.grpLabel}` : "")
      + (n.start ? `, ${n.start}${n.end && n.end !== n.start ? " – " + n.end : ""}` : "");
    const iri = $("panel-iri");
    iri.textContent = n.id;
    if (/^https?:\/\//.test(n.id)) iri.href = n.id; else iri.removeAttribute("href");
    const facts = $("panel-facts").tBodies[0];
    facts.replaceChildren();
    for (const f of n.facts) {
      if (f.l && f.l !== lang && n.facts.some((g) => g.p === f.p && g.l === lang)) continue;
      const tr = el("tr");
      tr.appendChild(el("td", f.p, "p"));
      const td = el("td", f.v);
      const names = f.s.map((s) => (data.sources[s] ? data.sources[s].title : s));
      td.appendChild(el("small", "source: " + names.join("; ")));
      tr.appendChild(td);
      facts.appendChild(tr);
    }
    const links = $("panel-links");
    links.replaceChildren();
    for (const e of edges.get({ filter: (e) => e.from === id || e.to === id })) {
      const other = byId.get(e.from === id ? e.to : e.from);
      const li = el("li");
      li.appendChild(el("span", e.from === id ? `${e.p} → ` : `← ${e.p} `));
      const b = el("button", other.labels[lang] || other.labels.en, "link");
      b.type = "button";
      b.addEventListener("click", () => select(other.id));
      li.appendChild(b);
      links.appendChild(li);
    }
    const sources = $("panel-sources");
    sources.replaceChildren(...n.sources.map(sourceItem));
  }

  function select(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1), animation: false });
    highlight(id);
    show(id);
  }

  network.on("click", (params) => {
    if (params.nodes.length) {
      highlight(params.nodes[0]);
      show(params.nodes[0]);
    } else {
      clearHighlight();
      $("panel").hidden = true;
    }
  });
  $("close").addEventListener("click", () => { $("panel").hidden = true; clearHighlight(); });

  // search, diacritics ignored
  const results = $("results");
  $("search").addEventListener("input", () => {
    const q = fold($("search").value);
    results.replaceChildren();
    if (!q) return;
    const words = q.split(" ");
    const rank = (n) => (n.own ? 0 : 4) + (n.key.startsWith(q + " |") || n.key.endsWith("| " + q) ? 0
      : n.key.startsWith(q) ? 1 : 2);
    const found = data.nodes.filter((n) => words.every((w) => n.key.includes(w)))
      .sort((a, b) => rank(a) - rank(b) || a.labels.en.localeCompare(b.labels.en)).slice(0, 20);
    for (const n of found) {
      const li = el("li", `${n.labels[lang] || n.labels.en} · ${n.cls}`);
      li.setAttribute("role", "option");
      li.dataset.id = n.id;
      li.addEventListener("click", () => { select(n.id); results.replaceChildren(); });
      results.appendChild(li);
    }
    if (!found.length) results.appendChild(el("li", "no match"));
  });
  $("search").addEventListener("keydown", (event) => {
    const first = results.querySelector("li[data-id]");
    if (event.key === "Enter" && first) { select(first.dataset.id); results.replaceChildren(); }
  });
})();
