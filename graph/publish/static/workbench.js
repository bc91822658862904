// The workbench page of `rightsgraph serve`: YASGUI on this server's /sparql, and the query library as a
// catalogue (GET /api/queries). A library query's parameters are bound by the server (GET /api/queries/NAME?...),
// never pasted into the text here. Every string from data goes on screen through textContent or a form value.
(function () {
  "use strict";

  const config = JSON.parse(document.getElementById("workbench-config").textContent);
  const endpoint = new URL(config.endpoint, window.location.href).href;
  const prologue = Object.entries(config.prefixes).map(([p, ns]) => `PREFIX ${p}: <${ns}>`).join("\n");
  const example = prologue + "\n\nSELECT ?person ?label WHERE {\n  ?person a rg:Person ; rdfs:label ?label .\n}\n" +
    "ORDER BY ?label\nLIMIT 20\n";

  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
    copyEndpointOnNewTab: true,
    persistenceId: "rightsgraph-workbench",
    populateFromUrl: false,
    // only completers that need nothing from elsewhere: LOV's class and property completers call the internet
    yasqe: { value: example, autocompleters: ["prefixes", "variables"], prefixCcApi: null },
    yasr: { prefixes: config.prefixes, defaultPlugin: "table" },
  });

  function element(tag, text, className) {
    const el = document.createElement(tag);
    if (text !== undefined && text !== null) el.textContent = String(text);
    if (className) el.className = className;
    return el;
  }

  // A form field for a parameter of a type of rightsgraph.library.queryfile.PARAM_TYPES, its default filled.
  function field(param) {
    let input;
    if (param.type === "boolean") {
      input = document.createElement("select");
      for (const value of ["true", "false"]) {
        const option = element("option", value);
        option.value = value;
        input.append(option);
      }
    } else if (param.type === "text") {
      input = document.createElement("textarea");
      input.rows = 3;
    } else {
      input = document.createElement("input");
      input.type = { integer: "number", decimal: "number", double: "number", date: "date" }[param.type] || "text";
      if (param.type === "integer") input.step = "1";
      if (param.type === "decimal" || param.type === "double") input.step = "any";
    }
    input.name = param.name;
    if (param.default !== null && param.default !== undefined) input.value = param.default;
    input.dataset.type = param.type;
    const label = element("label");
    label.append(element("span", `${param.name} (${param.type})${param.help ? ": " + param.help : ""}`), input);
    return label;
  }

  // The query's text with the form's parameters bound by the library on the server; an Error with its message.
  async function bound(query, form) {
    const params = new URLSearchParams();
    for (const input of form.querySelectorAll("[name]")) {
      if (input.value !== "") params.append(input.name, input.value);
    }
    const url = `/api/queries/${encodeURIComponent(query.name)}?${params.toString()}`;
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error((await response.text()).trim() || response.statusText);
    return (await response.json()).query;
  }

  function entry(query) {
    const details = element("details", null, "query");
    details.dataset.name = query.name;
    details.dataset.group = query.group;
    const summary = element("summary", query.title || query.name);
    details.append(summary, element("div", query.name, "name"), element("p", query.description, "description"));
    const form = document.createElement("form");
    for (const param of query.parameters) form.append(field(param));
    const buttons = element("div", null, "buttons");
    const run = element("button", "Run", "run");
    run.type = "submit";
    const open = element("button", "Open in editor", "open");
    open.type = "button";
    buttons.append(run, open);
    if (query.form === "CONSTRUCT" || query.form === "DESCRIBE") {  // a graph: drawn by the explorer
      const draw = element("button", "Draw as a graph", "draw");
      draw.type = "button";
      draw.addEventListener("click", () => {
        const params = new URLSearchParams({ query: query.name });
        for (const input of form.querySelectorAll("[name]")) if (input.value !== "") params.append(input.name, input.value);
        window.location.assign(`/explore?${params.toString()}`);
      });
      buttons.append(draw);
    }
    const error = element("p", null, "error");
    error.setAttribute("role", "alert");
    form.append(buttons, error);
    async function load(andRun) {
      error.textContent = "";
      try {
        const text = await bound(query, form);
        const tab = yasgui.getTab();
        tab.setQuery(text);
        if (andRun) tab.query();
      } catch (exc) {
        error.textContent = exc.message;
      }
    }
    form.addEventListener("submit", (event) => { event.preventDefault(); load(true); });
    open.addEventListener("click", () => load(false));
    details.append(form);
    return details;
  }

  function filter(text) {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    for (const details of document.querySelectorAll("#catalogue .query")) {
      const haystack = details.textContent.toLowerCase();
      details.hidden = !words.every((w) => haystack.includes(w));
    }
  }

  async function catalogue() {
    const status = document.getElementById("catalogue-status");
    const root = document.getElementById("catalogue");
    try {
      const response = await fetch(config.catalogue, { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(await response.text());
      const data = await response.json();
      const groups = [...data.groups, ...new Set(data.queries.map((q) => q.group).filter((g) => !data.groups.includes(g)))];
      for (const group of groups) {
        const members = data.queries.filter((q) => q.group === group);
        if (members.length === 0) continue;
        const section = element("section", null, "group");
        section.append(element("h3", group || "other"), ...members.map(entry));
        root.append(section);
      }
      status.textContent = `${data.queries.length} queries`;
    } catch (exc) {
      status.textContent = `The query library could not be loaded: ${exc.message}`;
    }
    document.getElementById("filter").addEventListener("input", (event) => filter(event.target.value));
  }

  window.rightsgraph = { yasgui: yasgui };
  catalogue().finally(() => { document.body.dataset.ready = "true"; });
})();
