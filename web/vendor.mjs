// Copies the dist files the workbench and chart pages load out of node_modules into the package's static folder,
// with the licence of every package the bundle holds. Run by `make setup` after `npm ci` (see the Makefile).
//   node vendor.mjs TARGET
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const target = process.argv[2];
if (!target) throw new Error("usage: node vendor.mjs TARGET");
// The files the pages need: YASGUI's UMD bundle (YASQE, YASR and their dependencies inside) and its stylesheet for
// the workbench; Observable Plot's UMD bundle (interval-tree-1d and isoformat inside) and D3's, which it uses as
// the global `d3`, for the chart pages; vis-network's standalone bundle and stylesheet, which `rightsgraph viz`
// inlines into the explorer's page.
const FILES = {
  "@zazuko/yasgui": ["build/yasgui.min.js", "build/yasgui.min.css"],
  "@observablehq/plot": ["dist/plot.umd.min.js"],
  d3: ["dist/d3.min.js"],
  "vis-network": ["standalone/umd/vis-network.min.js", "styles/vis-network.min.css"],
};
// Packages whose bundle holds their peer dependencies too (vis-network's standalone build: vis-data, vis-util,
// hammerjs, keycharm, component-emitter, uuid).
const BUNDLES_PEERS = new Set(["vis-network"]);

const modules = join(here, "node_modules");
const manifest = (name) => JSON.parse(readFileSync(join(modules, name, "package.json"), "utf8"));

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const [name, files] of Object.entries(FILES)) {
  for (const file of files) copyFileSync(join(modules, name, file), join(target, file.split("/").pop()));
}

// Every package the copied ones depend on, transitively: the bundle holds their code.
const seen = new Set();
const walk = (name) => {
  if (seen.has(name)) return;
  seen.add(name);
  const meta = manifest(name);
  const peers = BUNDLES_PEERS.has(name) ? meta.peerDependencies : {};
  for (const dep of Object.keys({ ...meta.dependencies, ...meta.optionalDependencies, ...peers })) walk(dep);
};
Object.keys(FILES).forEach(walk);

const parts = ["Licences of the libraries in this folder (the YASGUI, Plot, D3 and vis-network bundles hold the code of each package " +
  "below).\n"];
for (const name of [...seen].sort()) {
  const meta = manifest(name);
  const files = readdirSync(join(modules, name)).filter((f) => /^(licen[cs]e|copying)/i.test(f)).sort();
  parts.push(`\n==== ${name} ${meta.version} (${meta.license || "no licence declared"}) ====\n`);
  if (files.length === 0) {
    const repo = typeof meta.repository === "string" ? meta.repository : meta.repository?.url || "";
    parts.push(`The package ships no licence file; its package.json declares ${meta.license}. ${repo}\n`);
  }
  for (const file of files) parts.push(`---- ${file}\n${readFileSync(join(modules, name, file), "utf8").trim()}\n`);
}
writeFileSync(join(target, "LICENSES.txt"), parts.join(""));
for (const file of Object.values(FILES).flat()) {
  const name = file.split("/").pop();
  if (!existsSync(join(target, name))) throw new Error(`${name} was not copied`);
}
console.log(`copied ${Object.values(FILES).flat().length} files and the licences of ${seen.size} packages to ${target}`);
