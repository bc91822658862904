// The recommendation finder page: state in the URL's query string, results from /api/finder.
// Every string that comes from the data is put on screen with textContent, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
let state = new URLSearchParams(location.search);

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function label(value) {
  return value.vi && value.vi !== value.en ? `${value.en} (${value.vi})` : value.en;
}

function names(values) {
  return values.map((v) => v.en).join(", ");
}

function apiQuery() {
  const params = new URLSearchParams(state);
  return params.toString();
}

function setPage(page) {
  if (page > 1) state.set("page", String(page)); else state.delete("page");
}

async function load() {
  const query = apiQuery();
  history.replaceState(null, "", query ? `?${query}` : location.pathname);
  const filterOnly = new URLSearchParams(state);
  filterOnly.delete("page");
  filterOnly.delete("size");
  $("csv").href = `/api/finder.csv?${filterOnly}`;
  $("ttl").href = `/api/finder.ttl?${filterOnly}`;
  $("q").value = state.get("q") || "";
  $("status").textContent = "Loading…";
  $("status").className = "";
  let response;
  try {
    response = await fetch(`/api/finder?${query}`);
  } catch (error) {
    $("status").textContent = `The finder could not be reached: ${error}`;
    $("status").className = "error";
    return;
  }
  const data = await response.json();
  if (!response.ok) {
    $("status").textContent = data.error || `error ${response.status}`;
    $("status").className = "error";
    return;
  }
  $("status").textContent = "";
  render(data);
}

function render(data) {
  const nav = $("facets");
  nav.replaceChildren();
  for (const facet of data.facets) {
    const box = el("fieldset");
    box.dataset.facet = facet.name;
    box.appendChild(el("legend", facet.title));
    for (const value of facet.values) {
      const line = el("label");
      const check = document.createElement("input");
      check.type = "checkbox";
      check.value = value.key;
      check.checked = value.selected;
      check.addEventListener("change", () => toggle(facet.name, value.key, check.checked));
      line.appendChild(check);
      line.appendChild(el("span", label(value), "name"));
      line.appendChild(el("span", String(value.count), "count"));
      line.dataset.key = value.key;
      line.dataset.count = String(value.count);
      box.appendChild(line);
    }
    nav.appendChild(box);
  }
  $("total").textContent = `${data.total} recommendation${data.total === 1 ? "" : "s"}`;
  $("total").dataset.total = String(data.total);
  const list = $("results");
  list.replaceChildren();
  for (const row of data.rows) list.appendChild(card(row));
  $("pageinfo").textContent = data.pages ? `page ${data.page} of ${data.pages}` : "";
  $("prev").disabled = data.page <= 1;
  $("next").disabled = data.page >= data.pages;
}

function card(row) {
  const item = el("li");
  item.dataset.iri = row.iri;
  item.appendChild(el("div", `${names(row.recommender)} → ${names(row.state)}`, "who"));
  const facts = [names(row.cycle), names(row.session), names(row.action)].filter(Boolean);
  item.appendChild(el("div", facts.join(" · "), "meta"));
  for (const text of row.texts) {
    const p = el("p", text.value, "text");
    if (text.lang) p.lang = text.lang;
    item.appendChild(p);
  }
  const responses = el("div", "", "meta responses");
  responses.textContent = "Response: " + (row.responses.length
    ? row.responses.map((r) => `${label(r)} (stated by ${r.sources.map((s) => s.label).join(", ")})`).join("; ")
    : "none stated");
  item.appendChild(responses);
  const themes = Object.keys(row).filter((k) => k.startsWith("theme")).flatMap((k) => row[k]);
  if (themes.length) item.appendChild(el("div", "Themes: " + themes.map(label).join(", "), "meta"));
  if (row.sdg.length) item.appendChild(el("div", "SDGs: " + names(row.sdg), "meta"));
  item.appendChild(el("div", "Sources: " + row.sources.map((s) => s.label).join(", "), "sources"));
  if (row.earlier.length) {
    const chain = el("details", null, "earlier");
    chain.appendChild(el("summary", `Similar in earlier cycles (${row.earlier.length})`));
    for (const e of row.earlier) {
      const text = e.texts.map((t) => t.value).join(" / ");
      chain.appendChild(el("p", `${names(e.cycle)}: ${text} [${names(e.responses) || "no response"}]`));
    }
    item.appendChild(chain);
  }
  const link = el("a", "resource page");
  link.href = row.iri.startsWith(location.origin) ? row.iri : `/id/${row.key.replace(/^id:/, "")}`;
  item.appendChild(link);
  return item;
}

function toggle(facet, key, on) {
  const values = state.getAll(facet).filter((v) => v !== key);
  if (on) values.push(key);
  state.delete(facet);
  for (const v of values) state.append(facet, v);
  setPage(1);
  load();
}

document.addEventListener("DOMContentLoaded", () => {
  $("search").addEventListener("submit", (event) => {
    event.preventDefault();
    const q = $("q").value.trim();
    if (q) state.set("q", q); else state.delete("q");
    setPage(1);
    load();
  });
  $("clear").addEventListener("click", () => { state = new URLSearchParams(); load(); });
  $("prev").addEventListener("click", () => { setPage(Number(state.get("page") || 1) - 1); load(); });
  $("next").addEventListener("click", () => { setPage(Number(state.get("page") || 1) + 1); load(); });
  load();
});
