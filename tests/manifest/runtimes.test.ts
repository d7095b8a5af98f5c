// The shared runtime and the custom functions in manifest.xml. Microsoft's offline schemas predate
// <Runtimes>: the manifest without it goes to them, <Runtimes> to scripts/manifest-runtimes.xsd,
// and checkManifest checks what ties them together. Each part is broken once to prove it is checked.
import * as fs from "node:fs";
import * as path from "node:path";
import { runtimesSchema, splitRuntimes } from "../../scripts/manifest-runtimes";
import * as tools from "../../scripts/manifest-tools";

const ROOT = path.resolve(__dirname, "../..");
const DEV_XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const RUNTIME = '<Runtime resid="Taskpane.Url" lifetime="long"/>';
// Our schema is in the repository and always runs; Microsoft's only where MANIFEST_XSD_DIR names
// them (.ci/run always does), as in manifest.test.ts.
const SCHEMAS = tools.schemaSource();
const describeSchemas = SCHEMAS.dir ? describe : describe.skip;
const schemaTitle = (title: string) => (SCHEMAS.skipped ? `${title} (skipped: ${SCHEMAS.skipped})` : title);
const validate = (xml: string) => tools.validateManifest(xml, "manifest.xml", SCHEMAS.dir);

test("the manifest has one <Runtimes>; without it, every line of the rest keeps its number for Microsoft's schemas", () => {
  const { withoutRuntimes, fragments } = splitRuntimes(DEV_XML);
  expect(fragments).toHaveLength(1);
  expect(fragments[0]).toContain('<Runtimes xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides">');
  expect(withoutRuntimes).not.toContain("<Runtimes");
  expect(withoutRuntimes.split("\n")).toHaveLength(DEV_XML.split("\n").length);
});

test("our schema: manifest.xml's <Runtimes> is valid", async () => {
  expect(await runtimesSchema(DEV_XML)).toEqual({ errors: [], runtimes: 1 });
});

test.each([
  ["a lifetime that does not exist", (x: string) => x.replace(RUNTIME, '<Runtime resid="Taskpane.Url" lifetime="forever"/>'), "lifetime"],
  ["a Runtime without resid", (x: string) => x.replace(RUNTIME, '<Runtime lifetime="long"/>'), "resid"],
  ["a resid over 32 characters", (x: string) => x.replace(RUNTIME, `<Runtime resid="${"R".repeat(33)}" lifetime="long"/>`), "maxLength"],
  ["an empty <Runtimes>", (x: string) => x.replace(RUNTIME, ""), "Runtimes"],
  ["an unknown element in <Runtime>", (x: string) => x.replace(RUNTIME, '<Runtime resid="Taskpane.Url" lifetime="long"><Bogus/></Runtime>'), "Bogus"],
])("our schema rejects %s", async (_what, breakIt, mentions) => {
  const broken = breakIt(DEV_XML);
  expect(broken).not.toBe(DEV_XML);
  const result = await runtimesSchema(broken);
  expect(result.errors.join("\n")).toContain(mentions);
});

test("a <Runtimes> the text and the XML tree count differently is an error, not a pass", async () => {
  const hidden = DEV_XML.replace("<Resources>", "<!-- <Runtimes><Runtime resid='x'/></Runtimes> --><Resources>");
  expect((await runtimesSchema(hidden)).errors).toEqual(["found 2 <Runtimes> in the text but 1 in the XML tree"]);
});

describeSchemas(schemaTitle("with Microsoft's schemas"), () => {
  test("they alone refuse <Runtimes> (that is why it is validated apart)", async () => {
    const { validateXML } = await import("xmllint-wasm");
    const dir = SCHEMAS.dir!;
    const xsds = fs.readdirSync(dir).filter((f) => f.endsWith(".xsd"));
    const read = (f: string) => ({ fileName: f, contents: fs.readFileSync(path.join(dir, f), "utf8") });
    const result = await validateXML({
      xml: [{ fileName: "manifest.xml", contents: DEV_XML }],
      schema: [read(tools.ROOT_XSD)],
      preload: xsds.filter((f) => f !== tools.ROOT_XSD).map(read),
    });
    expect(result.errors.map((e) => e.rawMessage).join("\n")).toMatch(/Runtimes.*This element is not expected/);
  });

  test("the development and production manifests are valid, <Runtimes> included", async () => {
    for (const xml of [DEV_XML, tools.productionManifest(DEV_XML, "https://addins.example.nl/verdeelsleutel/")]) {
      const result = await validate(xml);
      expect(result.errors).toEqual([]);
      expect(result.runtimes).toBe(1);
    }
  });

  test.each([
    ["a bad <Runtime> (our part)", (x: string) => x.replace(RUNTIME, '<Runtime resid="Taskpane.Url" lifetime="forever"/>'), "lifetime"],
    ["a broken CustomFunctions point (Microsoft's part)", (x: string) => x.replace(/<Page>[\s\S]*?<\/Page>/, ""), "Metadata"],
    ["a hidden <Runtimes>", (x: string) => x.replace("<Resources>", "<!-- <Runtimes></Runtimes> --><Resources>"), "in the XML tree"],
  ])("reject %s", async (_what, breakIt, mentions) => {
    const broken = breakIt(DEV_XML);
    expect(broken).not.toBe(DEV_XML);
    const result = await validate(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toContain(mentions);
  });
});

describe("the shared runtime check", () => {
  const failure = (xml: string) => tools.checkManifest(xml).find((r) => r.name === "shared runtime and functions");

  test("passes for manifest.xml", () => {
    expect(failure(DEV_XML)).toEqual({
      name: "shared runtime and functions",
      ok: true,
      detail: "one runtime (Taskpane.Url, long) for the pane and the functions; VERDEEL.* from functions.js, metadata functions.json (en: functions.en.json)",
    });
  });

  test.each([
    ["a short lifetime", (x: string) => x.replace('lifetime="long"', 'lifetime="short"'), 'lifetime="long"'],
    ["a page with another resid", (x: string) => x.replace(/(<Page>\s*<SourceLocation resid=")Taskpane\.Url/, "$1Functions.Script.Url"), "Office loads no shared runtime"],
    ["<Runtimes> after the form factors", (x: string) => x.replace(/(<Runtimes>[\s\S]*?<\/Runtimes>)\s*(<AllFormFactors>[\s\S]*?<\/AllFormFactors>)/, "$2$1"), "first element"],
    ["another namespace", (x: string) => x.replace('<bt:String id="Functions.Namespace" DefaultValue="VERDEEL">', '<bt:String id="Functions.Namespace" DefaultValue="CONTOSO">'), "VERDEEL"],
    ["no English metadata", (x: string) => x.replace(/<bt:Override Locale="en-GB" Value="[^"]*functions\.en\.json"\/>/, ""), "en-GB"],
    ["no SharedRuntime requirement", (x: string) => x.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""), "SharedRuntime"],
  ])("fails for %s", (_what, breakIt, mentions) => {
    const broken = breakIt(DEV_XML);
    expect(broken).not.toBe(DEV_XML);
    expect(failure(broken)).toEqual(expect.objectContaining({ ok: false, detail: expect.stringContaining(mentions) }));
  });
});
