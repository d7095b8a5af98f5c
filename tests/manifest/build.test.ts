// The add-in build without running webpack: what webpack.config.js asks for (entries, pages,
// the production manifest, the dev server), the two HTML templates, and the preview server.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { JSDOM } from "jsdom";
import { productionManifest } from "../../scripts/manifest-tools";
import { startPreviewServer, type PreviewServer } from "../../scripts/serve-preview";

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_JS = '<script type="text/javascript" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>';

interface Plugin {
  constructor: { name: string };
  options?: { input?: string; output?: string };
  englishTexts?: string;
  userOptions?: { filename: string; template: string; chunks: string[] };
  patterns?: { from: string; to: string; transform?: (content: Buffer) => Buffer | string }[];
}
interface Config {
  mode: string;
  entry: Record<string, string | { import: string; dependOn?: string }>;
  output: { path: string; filename: string; clean: boolean | { keep: RegExp } };
  module: { rules: { test: RegExp; use: { loader: string; options: { compilerOptions: Record<string, unknown> } } }[] };
  plugins: Plugin[];
  devServer: { port: number; host: string; server: { type: string } };
}
type ConfigFactory = (env: Record<string, unknown>, argv: { mode?: string }) => Promise<Config>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig: ConfigFactory = require("../../webpack.config.js");

async function configFor(env: Record<string, unknown>, mode: string, addinUrl?: string): Promise<Config> {
  const saved = process.env.ADDIN_URL;
  if (addinUrl === undefined) delete process.env.ADDIN_URL;
  else process.env.ADDIN_URL = addinUrl;
  try {
    return await makeConfig(env, { mode });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
}

const pages = (c: Config) => c.plugins.flatMap((p) => (p.userOptions ? [p.userOptions] : []));
const copies = (c: Config) => c.plugins.flatMap((p) => p.patterns ?? []);
const manifestCopy = (c: Config) => copies(c).find((p) => p.to === "manifest.xml");

describe("webpack.config.js", () => {
  const devXml = fs.readFileSync(path.join(ROOT, "manifest.xml"));

  test("production: the task pane page into dist/, hashed names, ES modules for tree-shaking", async () => {
    const c = await configFor({}, "production");
    expect(c.mode).toBe("production");
    // The worksheet functions load in the pane's page (the shared runtime), on the pane's modules.
    expect(c.entry).toEqual({
      taskpane: "./src/taskpane/index.tsx",
      functions: { import: "./src/functions/functions.ts", dependOn: "taskpane" },
    });
    expect(c.output.path).toBe(path.join(ROOT, "dist"));
    expect(c.output.filename).toBe("[name].[contenthash:8].js");
    expect(pages(c)).toEqual([
      expect.objectContaining({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane", "functions"] }),
    ]);
    const ts = c.module.rules.find((r) => r.use.loader === "ts-loader");
    expect(ts?.test.test("index.tsx")).toBe(true);
    expect(ts?.use.options.compilerOptions).toEqual(expect.objectContaining({ module: "esnext" }));
    expect(copies(c).map((p) => p.from)).toEqual(["assets/*.png", "manifest.xml"]);
  });

  test("functions.json from the functions' JSDoc by Microsoft's plugin, functions.en.json and functions.js beside it; the preview too (its sheet calls the functions), without a functions entry", async () => {
    for (const env of [{}, { preview: true }]) {
      const c = await configFor(env, "production");
      const byName = (name: string) => c.plugins.filter((p) => p.constructor.name === name);
      expect(byName("CustomFunctionsMetadataPlugin").map((p) => p.options)).toEqual([{ input: "./src/functions/functions.ts", output: "functions.json" }]);
      expect(byName("FunctionsBuildPlugin").map((p) => p.englishTexts)).toEqual([path.join(ROOT, "src/functions/metadata-en.json")]);
    }
    const preview = await configFor({ preview: true }, "production");
    expect(Object.keys(preview.entry as Record<string, unknown>)).toEqual(["preview"]);
  });

  test("cleaning dist/ keeps the compiled command and the preview", async () => {
    const c = await configFor({}, "production");
    const clean = c.output.clean as { keep: RegExp };
    for (const kept of ["cli/main.js", "allocation/allocate.js", "workbook/detect.js", "schedules/index.js", "preview/preview.html"]) {
      expect(clean.keep.test(kept)).toBe(true);
    }
    for (const removed of ["taskpane.0123abcd.js", "taskpane.html", "manifest.xml", "assets/icon-16.png", "clinic.js"]) {
      expect(clean.keep.test(removed)).toBe(false);
    }
  });

  test("production writes dist/manifest.xml for ADDIN_URL; development keeps localhost", async () => {
    const prod = await configFor({}, "production", "https://addins.example.nl/verdeelsleutel");
    const written = String(manifestCopy(prod)?.transform?.(devXml));
    expect(written).toBe(productionManifest(devXml.toString(), "https://addins.example.nl/verdeelsleutel/"));
    expect(written).not.toContain("localhost");

    const byDefault = await configFor({}, "production");
    expect(String(manifestCopy(byDefault)?.transform?.(devXml))).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');

    const dev = await configFor({}, "development", "https://addins.example.nl/");
    expect(dev.output.filename).toBe("[name].js");
    expect(String(manifestCopy(dev)?.transform?.(devXml))).toBe(devXml.toString());
  });

  test("a bad ADDIN_URL stops the build with a message", async () => {
    await expect(configFor({}, "production", "http://addins.example.nl/")).rejects.toThrow(/ADDIN_URL must use https/);
  });

  test("preview: only the preview page, into dist/preview/, no manifest", async () => {
    const c = await configFor({ preview: true }, "production");
    expect(c.entry).toEqual({ preview: "./src/preview/index.tsx" });
    expect(c.output.path).toBe(path.join(ROOT, "dist", "preview"));
    expect(c.output.clean).toBe(true);
    expect(pages(c)).toEqual([expect.objectContaining({ filename: "preview.html", template: "./src/preview/preview.html" })]);
    expect(manifestCopy(c)).toBeUndefined();
  });

  test("dev server: HTTPS on localhost:3000, the URL manifest.xml names", async () => {
    const c = await configFor({}, "development");
    expect(c.devServer).toEqual(expect.objectContaining({ port: 3000, host: "localhost" }));
    expect(c.devServer.server.type).toBe("https");
  });
});

describe("the HTML templates", () => {
  const taskpane = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
  const preview = fs.readFileSync(path.join(ROOT, "src/preview/preview.html"), "utf8");

  test("the task pane loads office.js from Microsoft's CDN, once, before the bundle", () => {
    expect(taskpane).toContain(OFFICE_JS);
    expect(taskpane.match(/<script[^>]*office\.js/g)).toHaveLength(1);
    expect(taskpane.indexOf(OFFICE_JS)).toBeLessThan(taskpane.indexOf("</head>"));
    // The pane's content sits in a landmark (axe "region"); the preview page has its own main.
    expect(taskpane).toContain('<main id="container">');
  });

  test("the task pane says plainly when Excel shows it in Internet Explorer or Edge Legacy", () => {
    expect(taskpane).toMatch(/Trident\//);
    expect(taskpane).toMatch(/Deze versie van Excel kan Verdeelsleutel niet tonen/);
  });

  test("the preview page has no office.js and nothing else from the network", () => {
    expect(preview).not.toMatch(/<script[^>]*office\.js/);
    expect(preview).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(preview).toContain('<div id="container">');
    // The task pane fetches nothing but office.js either.
    expect(taskpane.match(/(src|href)="(https?:)?\/\/[^"]+"/g)).toEqual(['src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"']);
  });
});

describe("the task pane page before the bundle runs", () => {
  const html = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
  // The template's inline script, run in jsdom; no resources option, so nothing is fetched
  // (office.js is "loaded" by defining window.Office before the page runs).
  function load(options: { userAgent: string; office: boolean }) {
    const dom = new JSDOM(html, {
      runScripts: "dangerously",
      beforeParse(window) {
        Object.defineProperty(window.navigator, "userAgent", { value: options.userAgent });
        if (options.office) (window as unknown as { Office: object }).Office = {};
      },
    });
    const window = dom.window as unknown as Window & { verdeelsleutelUnsupported?: boolean };
    return { text: window.document.getElementById("container")?.textContent ?? "", flag: window.verdeelsleutelUnsupported };
  }
  const CHROMIUM = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0";

  test("with office.js loaded it leaves the page to the pane", () => {
    expect(load({ office: true, userAgent: CHROMIUM })).toEqual({ text: expect.stringContaining("wordt geladen"), flag: undefined });
  });

  test("in Internet Explorer or Edge Legacy it says this Excel cannot show the pane", () => {
    for (const userAgent of [
      "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.17763",
    ]) {
      const page = load({ office: true, userAgent });
      expect(page.flag).toBe(true);
      expect(page.text).toContain("Deze versie van Excel kan Verdeelsleutel niet tonen.");
      expect(page.text).toContain("This version of Excel cannot show Verdeelsleutel.");
    }
  });

  test("when office.js could not be loaded it says so, naming Microsoft's address", () => {
    const page = load({ office: false, userAgent: CHROMIUM });
    expect(page.flag).toBe(true);
    expect(page.text).toContain("Verdeelsleutel kan de Office-bibliotheek niet laden van appsforoffice.microsoft.com");
  });
});

describe("scripts/serve-preview.js", () => {
  let dir: string;
  let server: PreviewServer;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "preview-"));
    fs.writeFileSync(path.join(dir, "preview.html"), "<!doctype html><title>p</title>");
    fs.mkdirSync(path.join(dir, "assets"));
    fs.writeFileSync(path.join(dir, "assets", "x.js"), "1");
    server = await startPreviewServer({ root: dir, port: 0 });
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("serves preview.html at / on 127.0.0.1 over plain HTTP", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await res.text()).toContain("<title>p</title>");
    const js = await fetch(`${server.url}assets/x.js`);
    expect(js.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
  });

  test("serves nothing outside its folder", async () => {
    for (const p of ["../package.json", "%2e%2e/%2e%2e/package.json", "nope.html"]) {
      expect((await fetch(`${server.url}${p}`)).status).toBe(404);
    }
    expect((await fetch(server.url, { method: "POST" })).status).toBe(405);
  });

  test("says to build first when there is no preview", async () => {
    await expect(startPreviewServer({ root: path.join(dir, "assets"), port: 0 })).rejects.toThrow(/npm run build:preview/);
  });
});
