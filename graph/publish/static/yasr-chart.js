// A YASR plugin for the workbench: a SELECT result with a label column and a number column drawn as bars by
// Observable Plot (from npm, served from /assets/vendor/). Plot draws every label as SVG text, never as markup.
(function () {
  "use strict";

  const isNumber = (b) => b && (b.type === "literal" || b.type === "typed-literal") && b.value.trim() !== ""
    && Number.isFinite(Number(b.value));

  class Chart {
    constructor(yasr) {
      this.yasr = yasr;
      this.priority = 5;
      this.label = "Chart";
    }

    // The first column whose every value is a number, and the first other column as the bars' labels.
    columns() {
      const results = this.yasr.results;
      const vars = results.getVariables();
      const rows = results.getBindings();
      const numeric = vars.filter((v) => rows.length > 0 && rows.every((r) => r[v] === undefined || isNumber(r[v])));
      return { label: vars.find((v) => !numeric.includes(v)), value: numeric[0], rows };
    }

    canHandleResults() {
      const results = this.yasr.results;
      if (!results || !results.getVariables || !results.getBindings || !results.getVariables()) return false;
      const { label, value } = this.columns();
      return Boolean(label && value);
    }

    getIcon() {
      const icon = document.createElement("span");
      icon.textContent = "▤";
      return icon;
    }

    draw() {
      const { label, value, rows } = this.columns();
      const seen = new Map();
      const data = rows.slice(0, 100).map((r) => {
        let name = r[label] ? r[label].value : "";
        const n = (seen.get(name) || 0) + 1;  // bars with the same label stay apart
        seen.set(name, n);
        if (n > 1) name = `${name} (${n})`;
        return { label: name, value: r[value] ? Number(r[value].value) : 0 };
      });
      const chart = Plot.plot({
        marginLeft: 260, height: 24 * data.length + 50, width: 900,
        x: { grid: true, label: value }, y: { label: label, domain: data.map((d) => d.label) },
        marks: [Plot.barX(data, { x: "value", y: "label", fill: "#3182bd", title: (d) => `${d.label}: ${d.value}` }),
          Plot.ruleX([0])],
      });
      chart.classList.add("rg-chart");
      const note = document.createElement("p");
      note.textContent = rows.length > 100 ? `The first 100 of ${rows.length} rows.` : "";
      this.yasr.resultsEl.replaceChildren(chart, note);
    }
  }

  Yasgui.Yasr.registerPlugin("chart", Chart);
})();
