// The chart pages of `rightsgraph serve`: each chart's rows come from GET /api/charts/NAME?... (a library query run
// by the server) and are drawn with Observable Plot, which puts every string on screen as SVG text. Nothing here
// builds markup from data: labels go through Plot's marks and textContent.
(function () {
  "use strict";

  const config = JSON.parse(document.getElementById("charts-config").textContent);
  const words = config.words;
  const vi = config.lang === "vi";
  const drawn = {}; // chart name -> {plots: [Plot figures], data: the rows drawn}, for tests and the curious
  window.rightsgraph = { charts: drawn };

  function element(tag, text) {
    const el = document.createElement(tag);
    if (text !== undefined && text !== null) el.textContent = String(text);
    return el;
  }

  // The day after an ISO date, as a Date (UTC): a bar covers its last day.
  function dayAfter(iso) {
    const date = new Date(iso.slice(0, 10) + "T00:00:00Z");
    date.setUTCDate(date.getUTCDate() + 1);
    return date;
  }
  const day = (iso) => new Date(iso.slice(0, 10) + "T00:00:00Z");
  const label = (row, key) => (vi && row[key + "Vi"]) || row[key];
  const leftMargin = (labels) => Math.min(320, 12 + 7 * Math.max(4, ...labels.map((l) => String(l).length)));

  // A select of the given values in a chart's controls; onChange(value) on each choice.
  function picker(figure, caption, values, onChange) {
    const controls = figure.querySelector(".controls");
    controls.replaceChildren();
    if (values.length < 2) return;
    const select = document.createElement("select");
    for (const value of values) {
      const option = element("option", value);
      option.value = value;
      select.append(option);
    }
    select.addEventListener("change", () => onChange(select.value));
    const wrap = element("label", caption + " ");
    wrap.append(select);
    controls.append(wrap);
  }

  function show(figure, name, plots, data) {
    const target = figure.querySelector(".plot");
    target.replaceChildren(...plots);
    drawn[name] = { plots: plots, data: data };
    figure.querySelector(".status").textContent = data.length ? "" : words.empty;
  }

  function width(figure) {
    return Math.max(480, figure.querySelector(".plot").clientWidth || 900);
  }

  const RESPONSES = ["supported", "noted", "other"];
  const RESPONSE_COLOURS = ["#2e7d4f", "#c98a1a", "#9aa5b1"];

  const DRAW = {
    // stacked bars: per cycle, how many recommendations were supported, noted, or have no response in the data
    "received-per-cycle": function (figure, rows) {
      const data = [];
      for (const row of rows) {
        const counts = { supported: row.supportedCount, noted: row.notedCount,
          other: row.recommendations - row.supportedCount - row.notedCount };
        for (const response of RESPONSES) {
          if (counts[response] > 0) {
            data.push({ cycle: String(row.cycle), response: words[response], count: counts[response] });
          }
        }
      }
      show(figure, "received-per-cycle", [Plot.plot({
        width: Math.min(width(figure), 360 + 120 * rows.length), height: 320, marginLeft: 50,
        x: { label: words.cycle, type: "band" }, y: { label: words.recommendations, grid: true },
        color: { legend: true, domain: RESPONSES.map((r) => words[r]), range: RESPONSE_COLOURS },
        marks: [
          Plot.barY(data, { x: "cycle", y: "count", fill: "response", ariaDescription: "responses",
            title: (d) => `${words.cycle} ${d.cycle} · ${d.response}: ${d.count}` }),
          Plot.ruleY([0]),
        ],
      })], data);
    },

    // lines: the share supported per cycle, the state's and its regional group's
    "acceptance-vs-group": function (figure, rows) {
      const data = [];
      for (const row of rows) {
        data.push({ cycle: row.cycle, series: words["this-state"], percent: row.supportedPercent,
          count: row.supportedCount, of: row.recommendations });
        data.push({ cycle: row.cycle, series: row.groupLabel, percent: row.groupSupportedPercent,
          count: row.groupSupportedCount, of: row.groupRecommendations });
      }
      show(figure, "acceptance-vs-group", [Plot.plot({
        width: Math.min(width(figure), 360 + 120 * rows.length), height: 300, marginLeft: 50, marginRight: 30,
        x: { label: words.cycle, type: "point", domain: rows.map((r) => r.cycle).sort((a, b) => a - b), inset: 30 },
        y: { label: words.percent, domain: [0, 100], grid: true },
        color: { legend: true },
        marks: [
          Plot.lineY(data, { x: "cycle", y: "percent", stroke: "series" }),
          Plot.dot(data, { x: "cycle", y: "percent", fill: "series", r: 4, ariaDescription: "shares",
            title: (d) => `${d.series} · ${words.cycle} ${d.cycle}: ${d.percent}% (${d.count}/${d.of})` }),
        ],
      })], data);
    },

    // bars: the states that made the most recommendations, the 25 first
    "top-recommenders": function (figure, rows) {
      const data = rows.slice(0, 25);
      show(figure, "top-recommenders", [Plot.plot({
        width: width(figure), height: 40 + 18 * data.length, marginLeft: leftMargin(data.map((d) => d.recommenderLabel)),
        x: { label: words.recommendations, grid: true }, y: { label: null },
        marks: [
          Plot.barX(data, { y: "recommenderLabel", x: "recommendations", fill: "#1f5fa8", sort: { y: "-x" },
            ariaDescription: "recommenders",
            title: (d) => `${d.recommenderLabel}: ${d.recommendations} (${d.supportedCount} ${words.supported})` }),
          Plot.ruleX([0]),
        ],
      })], data);
    },

    // heat map: recommendations per theme and cycle, one vocabulary at a time, its 30 most frequent themes
    "themes-per-cycle": function (figure, rows) {
      const schemes = [...new Set(rows.map((r) => r.schemeLabel))];
      const draw = (scheme) => {
        const data = rows.filter((r) => r.schemeLabel === scheme);
        const totals = d3.rollup(data, (v) => d3.sum(v, (d) => d.recommendations), (d) => d.themeLabel);
        const top = new Set([...totals].sort((a, b) => b[1] - a[1]).slice(0, 30).map((t) => t[0]));
        const shown = data.filter((d) => top.has(d.themeLabel));
        show(figure, "themes-per-cycle", [Plot.plot({
          width: width(figure), height: 60 + 20 * top.size, marginLeft: leftMargin([...top]),
          x: { label: words.cycle, type: "band" }, y: { label: null },
          color: { scheme: "blues", legend: true, label: words.recommendations },
          marks: [
            Plot.cell(shown, { x: (d) => String(d.cycle), y: "themeLabel", fill: "recommendations", inset: 0.5,
              sort: { y: "fill", reverse: true, reduce: "sum" }, ariaDescription: "themes",
              title: (d) => `${d.themeLabel} · ${words.cycle} ${d.cycle}: ${d.recommendations}` }),
            Plot.text(shown, { x: (d) => String(d.cycle), y: "themeLabel", text: "recommendations",
              fill: (d) => (d.recommendations > 0.6 * d3.max(shown, (s) => s.recommendations) ? "white" : "black") }),
          ],
        })], shown);
      };
      picker(figure, words.vocabulary, schemes, draw);
      draw(schemes[0]);
    },

    // to whom and on what: recommendations per theme (bars), and per state under review and theme (heat map)
    "recommends-to": function (figure, rows) {
      const schemes = [...new Set(rows.filter((r) => r.scheme).map((r) => r.scheme))];
      const schemeName = (iri) => iri.replace(/.*\//, "");
      const draw = (scheme) => {
        const data = rows.filter((r) => !r.scheme || schemeName(r.scheme) === scheme)
          .map((r) => ({ ...r, themeLabel: r.themeLabel || words["no-theme"] }));
        const byTheme = d3.rollups(data, (v) => d3.sum(v, (d) => d.recommendations), (d) => d.themeLabel)
          .map(([theme, count]) => ({ theme: theme, count: count })).sort((a, b) => b.count - a.count).slice(0, 25);
        const themes = new Set(byTheme.slice(0, 15).map((t) => t.theme));
        const byState = d3.rollups(data, (v) => d3.sum(v, (d) => d.recommendations), (d) => d.stateLabel)
          .sort((a, b) => b[1] - a[1]).slice(0, 25).map((s) => s[0]);
        const states = new Set(byState);
        const cells = data.filter((d) => themes.has(d.themeLabel) && states.has(d.stateLabel));
        show(figure, "recommends-to", [
          Plot.plot({
            width: width(figure), height: 40 + 18 * byTheme.length, marginLeft: leftMargin(byTheme.map((t) => t.theme)),
            x: { label: words.recommendations, grid: true }, y: { label: null },
            marks: [Plot.barX(byTheme, { y: "theme", x: "count", fill: "#1f5fa8", sort: { y: "-x" },
              ariaDescription: "themes", title: (d) => `${d.theme}: ${d.count}` }), Plot.ruleX([0])],
          }),
          Plot.plot({
            width: width(figure), height: 160 + 18 * states.size, marginLeft: leftMargin(byState),
            marginBottom: 150, x: { label: null, tickRotate: -40, domain: [...themes] },
            y: { label: null, domain: byState }, color: { scheme: "blues", legend: true, label: words.recommendations },
            marks: [Plot.cell(cells, { x: "themeLabel", y: "stateLabel", fill: "recommendations", inset: 0.5,
              ariaDescription: "states and themes",
              title: (d) => `${d.stateLabel} · ${d.themeLabel}: ${d.recommendations} (${d.supportedCount} ` +
                `${words.supported})` })],
          }),
        ], data);
      };
      const names = schemes.map(schemeName);
      picker(figure, words.vocabulary, names, draw);
      draw(names[0]);
    },

    // timeline: one bar per post holding, from its stated start (else its first report) to its stated end (else
    // its last report), coloured by whether the tenure is stated or only reported
    "tenures": function (figure, rows) {
      const data = rows.filter((r) => r.start || r.firstReported).map((r) => ({
        holding: r.holding, post: label(r, "postLabel"), organisation: r.organisationLabel,
        from: r.start || r.firstReported, to: r.end || r.lastReported || new Date().toISOString().slice(0, 10),
        kind: r.start ? words.stated : words.reported,
      }));
      show(figure, "tenures", [Plot.plot({
        width: width(figure), height: 80 + 28 * data.length, marginLeft: leftMargin(data.map((d) => d.post)),
        x: { type: "utc", label: words.date, grid: true }, y: { label: null, domain: data.map((d) => d.post) },
        color: { legend: true, domain: [words.stated, words.reported], range: ["#1f5fa8", "#9ab8dc"] },
        marks: [Plot.barX(data, { x1: (d) => day(d.from), x2: (d) => dayAfter(d.to), y: "post", fill: "kind",
          ariaDescription: "holdings", title: (d) => `${d.post} · ${d.organisation || ""}: ${d.from} – ${d.to}` })],
      })], data);
    },

    // timeline: one bar per membership term in the period, by state, coloured by regional group
    "council-terms": function (figure, rows, chart) {
      const period = new URLSearchParams(chart.api.split("?")[1] || "");
      const data = rows.map((r) => ({ membership: r.membership, state: label(r, "stateLabel"),
        group: r.regionalGroup || "", term: r.term || "", start: r.start, end: r.end }));
      const states = [...new Set(data.map((d) => d.state))];
      show(figure, "council-terms", [Plot.plot({
        width: width(figure), height: 80 + 16 * states.length, marginLeft: leftMargin(states),
        x: { type: "utc", label: words.date, grid: true }, y: { label: null, domain: states },
        color: { legend: true, label: words.group },
        marks: [
          Plot.barX(data, { x1: (d) => day(d.start), x2: (d) => dayAfter(d.end), y: "state", fill: "group",
            stroke: "white", ariaDescription: "terms", title: (d) => `${d.state}: ${d.term} (${d.start} – ${d.end})` }),
          // the period asked for, from its first day to the end of its last
          Plot.ruleX([day(period.get("from")), dayAfter(period.get("until"))], { strokeDasharray: "4,3" }),
        ],
      })], data);
    },
  };

  async function load(figure, chart) {
    const status = figure.querySelector(".status");
    try {
      const answer = await fetch(chart.api, { headers: { Accept: "application/json" } });
      if (!answer.ok) throw new Error(`${answer.status}: ${(await answer.text()).trim()}`);
      DRAW[chart.name](figure, (await answer.json()).rows, chart);
    } catch (error) {
      status.textContent = error.message;
      status.classList.add("error");
    }
  }

  function index() {
    const lists = { state: config.states, recommender: config.states, person: config.people };
    for (const form of document.querySelectorAll("form.picker[data-target]")) {
      const target = form.dataset.target;
      const select = form.querySelector("select");
      for (const choice of lists[target]) {
        const option = element("option", choice.label);
        option.value = choice.key;
        select.append(option);
      }
      const vnm = lists[target].find((c) => c.key === "vnm");
      if (vnm) select.value = "vnm";
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        window.location.href = `/charts/${target}/${encodeURIComponent(select.value)}` + (vi ? "?lang=vi" : "");
      });
    }
  }

  async function main() {
    if (config.kind === "index") {
      index();
    } else {
      await Promise.all(config.charts.map((chart) => load(document.getElementById("chart-" + chart.name), chart)));
    }
    document.body.dataset.ready = "true";
  }

  main();
})();
