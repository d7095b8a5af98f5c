// The add-in manifest, checked offline: against Microsoft's XML schemas (xmllint-wasm), by
// Microsoft's own parser (office-addin-manifest info), and for what a schema cannot say
// (ribbon button, icon files and their pixel sizes, requirement set, permissions, locales).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as tools from "../../scripts/manifest-tools";
import { SIZES, decodePixels, draw } from "../../scripts/make-icons";

const ROOT = path.resolve(__dirname, "../..");
// Microsoft's schemas are reference data outside the repository: MANIFEST_XSD_DIR names them
// (.ci/run always sets it, so CI always validates). A clone without them skips only the schema
// part, with the reason; every other check below still runs.
const SCHEMAS = tools.schemaSource();
const XSD_DIR = SCHEMAS.dir ?? "";
const describeSchemas = SCHEMAS.dir ? describe : describe.skip;
if (SCHEMAS.skipped) console.warn(`Manifest schema checks skipped: ${SCHEMAS.skipped}.`);
const schemaTitle = (title: string) => (SCHEMAS.skipped ? `${title} (skipped: ${SCHEMAS.skipped})` : title);
const DEV_XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const VERSION = `${JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version}.0`;
const PROD_URL = "https://addins.example.nl/verdeelsleutel/";

const validate = (xml: string) => tools.validateManifest(xml, "manifest.xml", XSD_DIR);

describeSchemas(schemaTitle("the Office manifest schemas"), () => {
  test("are in the folder MANIFEST_XSD_DIR names", () => {
    expect(fs.readdirSync(XSD_DIR).filter((f) => f.endsWith(".xsd")).length).toBeGreaterThanOrEqual(5);
    expect(tools.xsdDir()).toBe(XSD_DIR);
  });
});

describe("where the schemas come from", () => {
  const saved = process.env.MANIFEST_XSD_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.MANIFEST_XSD_DIR;
    else process.env.MANIFEST_XSD_DIR = saved;
  });

  test("without MANIFEST_XSD_DIR the schema part is skipped with its reason, and xsdDir refuses", () => {
    delete process.env.MANIFEST_XSD_DIR;
    const source = tools.schemaSource();
    expect(source.dir).toBeUndefined();
    expect(source.skipped).toContain("MANIFEST_XSD_DIR is not set");
    expect(() => tools.xsdDir()).toThrow(/MANIFEST_XSD_DIR is not set/);
  });

  test("a MANIFEST_XSD_DIR without schemas fails, naming the folder (never a quiet pass)", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "no-xsd-"));
    process.env.MANIFEST_XSD_DIR = empty;
    expect(() => tools.schemaSource()).toThrow(path.join(empty, tools.ROOT_XSD));
    fs.rmSync(empty, { recursive: true });
  });
});

describeSchemas(schemaTitle("manifest.xml against the XML schemas"), () => {
  test("the development manifest is valid", async () => {
    const result = await validate(DEV_XML);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.dir).toBe(XSD_DIR);
  });

  test("the production copy is valid, for an example URL and for the default", async () => {
    for (const url of [PROD_URL, undefined]) {
      const result = await validate(tools.productionManifest(DEV_XML, url));
      expect(result.errors).toEqual([]);
    }
  });

  // The validator must not pass what it does not understand: break each part once.
  test.each([
    ["a permission that does not exist", (x: string) => x.replace("<Permissions>ReadWriteDocument<", "<Permissions>ReadWrite<"), "Permissions"],
    ["a bad version", (x: string) => x.replace(/<Version>[^<]+</, "<Version>one<"), "Version"],
    ["a ribbon button without a supertip", (x: string) => x.replace(/<Supertip>[\s\S]*?<\/Supertip>/, ""), "Supertip"],
    ["a ribbon group without a label", (x: string) => x.replace('<Label resid="Group.Label"/>', ""), "Label"],
    ["an unknown element in VersionOverrides", (x: string) => x.replace("<Resources>", "<Bogus/><Resources>"), "Bogus"],
    ["DefaultSettings out of order", (x: string) => x.replace(/(<Requirements>[\s\S]*?<\/Requirements>)\s*(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)/, "$2$1"), "Requirements"],
  ])("rejects %s", async (_what, breakIt, mentions) => {
    const broken = breakIt(DEV_XML);
    expect(broken).not.toBe(DEV_XML);
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toContain(mentions);
  });
});

describe("what the schemas cannot check", () => {
  const failures = (xml: string, options: Parameters<typeof tools.checkManifest>[1] = {}) =>
    tools.checkManifest(xml, { version: VERSION, ...options }).filter((r) => !r.ok);
  const detail = (xml: string, name: string) => tools.checkManifest(xml, { version: VERSION }).find((r) => r.name === name)?.detail;

  test("the development manifest passes every check", () => {
    expect(failures(DEV_XML)).toEqual([]);
  });

  test("the production copy passes every check for its own URL", () => {
    expect(failures(tools.productionManifest(DEV_XML, PROD_URL), { baseUrl: PROD_URL })).toEqual([]);
  });

  test("Excel task pane, ReadWriteDocument, ExcelApi 1.9 with the shared runtime and custom functions, Dutch with English", () => {
    expect(detail(DEV_XML, "add-in type")).toBe("TaskPaneApp for Workbook (Excel)");
    expect(detail(DEV_XML, "permissions")).toBe("ReadWriteDocument");
    expect(detail(DEV_XML, "requirement set")).toBe("ExcelApi 1.9, SharedRuntime 1.1, CustomFunctionsRuntime 1.3");
    expect(detail(DEV_XML, "locales")).toMatch(/^default nl-NL; \d+ texts with an en-US override$/);
    expect(detail(DEV_XML, "version")).toBe(VERSION);
  });

  test("a button Verdeelsleutel in a group Verdeelsleutel on the Home tab opens the task pane", () => {
    expect(detail(DEV_XML, "ribbon button")).toBe(
      'Home tab > group "Verdeelsleutel" > button "Verdeelsleutel" > ShowTaskpane https://localhost:3000/taskpane.html',
    );
  });

  test("icons exist at the declared pixel sizes: 16/32/80 on the ribbon, 32 and 64 for the add-in", () => {
    expect(detail(DEV_XML, "icons")).toBe("icon-16.png 16×16, icon-32.png 32×32, icon-64.png 64×64, icon-80.png 80×80");
  });

  test("catches a wrong icon size, a dangling resource id, a second host, http and a foreign URL", () => {
    const names = (xml: string, options = {}) => failures(xml, options).map((r) => r.name);
    expect(names(DEV_XML.replace('id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"'))).toEqual(["icons"]);
    expect(names(DEV_XML.replace('<Label resid="OpenPane.Label"/>', '<Label resid="Nope"/>'))).toEqual(expect.arrayContaining(["ribbon button", "resource ids"]));
    expect(names(DEV_XML.replace('<Host Name="Workbook"/>', '<Host Name="Workbook"/><Host Name="Document"/>'))).toEqual(["add-in type"]);
    expect(names(DEV_XML.replace('<IconUrl DefaultValue="https://', '<IconUrl DefaultValue="http://'))).toContain("URLs");
    expect(names(DEV_XML, { baseUrl: PROD_URL })).toEqual(expect.arrayContaining(["URLs", "icons", "pages"]));
    expect(names(DEV_XML.replace("<Permissions>ReadWriteDocument", "<Permissions>ReadDocument"))).toEqual(["permissions"]);
    expect(names(DEV_XML.replace(/<Override Locale="en-US"[^>]*\/>\s*/, ""))).toEqual(["locales"]);
  });

  test("the icon files are the ones scripts/make-icons.js draws", () => {
    for (const size of SIZES) {
      const png = fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
      expect(tools.pngSize(png)).toEqual({ width: size, height: size });
      expect(decodePixels(png, size)?.equals(draw(size))).toBe(true);
    }
  });
});

describe("the production manifest", () => {
  test("points every URL at ADDIN_URL and keeps nothing of localhost", () => {
    const prod = tools.productionManifest(DEV_XML, "https://addins.example.nl/verdeelsleutel");
    expect(prod).not.toContain("localhost");
    expect(prod).toContain('<SourceLocation DefaultValue="https://addins.example.nl/verdeelsleutel/taskpane.html"/>');
    const urlsOutsideComments = DEV_XML.replace(/<!--[\s\S]*?-->/g, "").split(tools.DEV_URL).length - 1;
    expect(prod.split("https://addins.example.nl/verdeelsleutel/").length - 1).toBe(urlsOutsideComments);
    expect(prod).toContain("production manifest");
    expect(prod).not.toContain("development manifest");
  });

  test("defaults to https://localhost:3000/ and refuses what Office cannot load", () => {
    expect(tools.hostingUrl(undefined)).toBe("https://localhost:3000/");
    expect(tools.hostingUrl(" https://addins.example.nl ")).toBe("https://addins.example.nl/");
    expect(() => tools.hostingUrl("http://addins.example.nl/")).toThrow(/https/);
    expect(() => tools.hostingUrl("addins.example.nl")).toThrow(/absolute URL/);
    expect(() => tools.hostingUrl("https://addins.example.nl/?v=1")).toThrow(/query/);
  });
});

describe("Microsoft's office-addin-manifest", () => {
  test("reads manifest.xml offline (info)", () => {
    const cli = require.resolve("office-addin-manifest/cli.js");
    const run = spawnSync(process.execPath, [cli, "info", "manifest.xml"], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Name: Verdeelsleutel");
    expect(run.stdout).toContain("Type: TaskPaneApp");
    expect(run.stdout).toContain("Hosts: Workbook");
    expect(run.stdout).toContain("Permissions: ReadWriteDocument");
    expect(run.stdout).toContain("Default Locale: nl-NL");
  });
});
