// The add-in as it ships (webpack --mode production, built once per run by the e2e global
// set-up): taskpane.html loads office.js from Microsoft's CDN and nothing of it is bundled or
// copied (office.js's licence allows using it to develop and test, not redistributing it), and
// the simulated Excel of the preview page is not in it either. Its Fluent theme is a stylesheet
// in the page.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { webLightTheme } from "@fluentui/react-components";
import { BUILD_WAIT_MS, buildsReady, E2E_ENV, PRODUCTION_MODULES } from "./preview-build";

beforeAll(buildsReady, BUILD_WAIT_MS + 10_000);

function builtDir(name: "previewDir" | "productionDir"): string {
  const dir = process.env[E2E_ENV[name]];
  if (!dir || !existsSync(dir)) throw new Error(`${E2E_ENV[name]} is not set: run the end-to-end tests through jest (its e2e project builds the add-in).`);
  return dir;
}

const productionDir = (): string => builtDir("productionDir");

/** Every file of the build (relative paths). */
function files(dir: string, prefix = ""): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(dir, path.join(prefix, e.name)) : [path.join(prefix, e.name)],
  );
}

/** The scripts taskpane.html loads (src attributes of its script tags; minified HTML drops the quotes). */
function pageScripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);
}

test("taskpane.html loads office.js from Microsoft's CDN only, and its own scripts from the build", () => {
  const dir = productionDir();
  const html = readFileSync(path.join(dir, "taskpane.html"), "utf8");
  const scripts = pageScripts(html);
  expect(scripts.filter((s) => /office(\.debug)?\.js/.test(s))).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
  const own = scripts.filter((s) => !s.startsWith("https://"));
  expect(own.length).toBeGreaterThan(0);
  for (const s of own) expect(existsSync(path.join(dir, s))).toBe(true);
  expect(html).not.toMatch(/office-js\//);
});

test("no file of office.js is in the build, and no script holds its code or the simulated Excel's", () => {
  const dir = productionDir();
  const officeFiles = new Set(readdirSync(path.dirname(require.resolve("@microsoft/office-js/dist/office.js"))));
  const built = files(dir);
  expect(built.filter((f) => officeFiles.has(path.basename(f)))).toEqual([]);
  const scripts = built.filter((f) => f.endsWith(".js"));
  expect(scripts.length).toBeGreaterThan(0);
  // Texts only office.js or the simulation contain (string literals survive minifying)...
  const officeMarkers = ["OSF.DDA", "RichApi.Error", "OfficeExtension"];
  const simulationMarkers = ["The simulated Excel", "simulated Excel:", "GetSupportedMatrix"];
  // ...as found where they belong: office.js's own file, the preview page's scripts.
  const office = readFileSync(path.join(path.dirname(require.resolve("@microsoft/office-js/dist/office.js")), "excel-win32-16.01.js"), "utf8");
  for (const m of officeMarkers) expect(office.includes(m)).toBe(true);
  const preview = files(builtDir("previewDir"))
    .filter((f) => f.endsWith(".js"))
    .map((f) => readFileSync(path.join(builtDir("previewDir"), f), "utf8"))
    .join("\n");
  for (const m of simulationMarkers) expect(preview.includes(m)).toBe(true);
  const markers = [...officeMarkers, ...simulationMarkers];
  for (const f of scripts) {
    const text = readFileSync(path.join(dir, f), "utf8");
    for (const m of markers) expect({ file: f, marker: m, found: text.includes(m) }).toEqual({ file: f, marker: m, found: false });
  }
});

test("webpack put no module of office.js or of src/simulated-excel (or the preview page) into the build", () => {
  const modules = JSON.parse(readFileSync(path.join(productionDir(), "..", PRODUCTION_MODULES), "utf8")) as string[];
  expect(modules.some((m) => m.includes(`${path.sep}src${path.sep}taskpane${path.sep}`))).toBe(true);
  const forbidden = modules.filter((m) => /[\\/]@microsoft[\\/]office-js[\\/]|[\\/]src[\\/](simulated-excel|preview)[\\/]/.test(m));
  expect(forbidden).toEqual([]);
});

test("taskpane.html declares Fluent's light theme as CSS variables, every token with its value (the pane's provider takes no theme object)", () => {
  const html = readFileSync(path.join(productionDir(), "taskpane.html"), "utf8");
  // The page is minified: the stylesheet loses the blanks after commas and its last semicolon.
  const normal = (value: string): string => value.replace(/\s*,\s*/g, ",");
  const declared = new Map<string, string>();
  for (const style of html.matchAll(/<style>:root\{([^}]*)\}<\/style>/g)) {
    for (const m of style[1].matchAll(/--([A-Za-z0-9]+):([^;]*)(?:;|$)/g)) declared.set(m[1], normal(m[2]));
  }
  const expected = Object.entries(webLightTheme).map(([name, value]) => [name, normal(String(value))]);
  expect(expected.length).toBeGreaterThan(400);
  expect([...declared].sort()).toEqual(expected.sort());
});
