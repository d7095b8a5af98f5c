// The parts of the manifest that Microsoft's offline schemas (the folder MANIFEST_XSD_DIR names,
// 2017-2020) cannot validate: <Runtimes>, the shared runtime of the task pane and the worksheet
// functions. manifest-tools.js validates the manifest without them against Microsoft's schemas,
// each <Runtimes> against our own manifest-runtimes.xsd, and makes the checks below.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const RUNTIMES_XSD = path.join(__dirname, "manifest-runtimes.xsd");
const OV = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
/** <Runtimes>…</Runtimes> with or without a namespace prefix. */
const RUNTIMES = /<((?:[\w.-]+:)?Runtimes)\b[^>]*>[\s\S]*?<\/\1\s*>/g;

/**
 * The manifest for Microsoft's schemas: every <Runtimes> element blanked out, its line breaks
 * kept so the schemas' messages still point at the right lines; and each <Runtimes> on its own,
 * as a document for manifest-runtimes.xsd. Throws when the text and the XML tree disagree on how
 * many there are (a comment or CDATA that looks like one): then neither check could be trusted.
 */
function splitRuntimes(xml) {
  const { JSDOM } = require("jsdom");
  const window = new JSDOM("").window;
  const doc = new window.DOMParser().parseFromString(xml, "application/xml");
  const elements = Array.from(doc.getElementsByTagNameNS(OV, "Runtimes"));
  const blanked = xml.replace(RUNTIMES, (m) => m.replace(/[^\n]/g, ""));
  const found = xml.match(RUNTIMES) ?? [];
  if (found.length !== elements.length) {
    throw new Error(`found ${found.length} <Runtimes> in the text but ${elements.length} in the XML tree`);
  }
  const serializer = new window.XMLSerializer();
  const fragments = elements.map((el) => `<?xml version="1.0" encoding="UTF-8"?>\n${serializer.serializeToString(el)}\n`);
  return { withoutRuntimes: blanked, fragments };
}

/** Validates each <Runtimes> fragment against manifest-runtimes.xsd; returns the errors. */
async function validateRuntimes(fragments) {
  const { validateXML } = require("xmllint-wasm");
  const schema = { fileName: path.basename(RUNTIMES_XSD), contents: fs.readFileSync(RUNTIMES_XSD, "utf8") };
  const errors = [];
  for (const [i, contents] of fragments.entries()) {
    const result = await validateXML({ xml: [{ fileName: `Runtimes-${i + 1}.xml`, contents }], schema: [schema] });
    errors.push(...result.errors.map((e) => e.rawMessage.trim()));
  }
  return errors;
}

/**
 * Only our part: every <Runtimes> of the manifest against manifest-runtimes.xsd, for when
 * Microsoft's schemas are not at hand. Resolves { errors, runtimes: how many were checked }.
 */
async function runtimesSchema(xml) {
  try {
    const { fragments } = splitRuntimes(xml);
    return { errors: await validateRuntimes(fragments), runtimes: fragments.length };
  } catch (err) {
    return { errors: [err.message], runtimes: 0 };
  }
}

/**
 * The shared runtime and the custom functions, as Office needs them together (`ctx`: the
 * helpers of checkManifest). Returns the detail line; throws (through ctx.fail) on a problem.
 */
function checkSharedRuntime({ all, one, children, xsiType, resolve, fail, root, NS }) {
  const host = all("ov", "Host").find((h) => xsiType(h) === "Workbook") ?? fail('no <Host xsi:type="Workbook"> in VersionOverrides');
  const first = host.firstElementChild;
  if (!first || first.localName !== "Runtimes") fail("<Runtimes> must be the first element of the Workbook <Host>");
  const runtimes = children(first, "ov", "Runtime");
  if (runtimes.length !== 1) fail(`expected one <Runtime>, found ${runtimes.length}`);
  const runtime = runtimes[0];
  if (runtime.getAttribute("lifetime") !== "long") fail('the <Runtime> must have lifetime="long" (functions work with the pane closed)');
  const resid = runtime.getAttribute("resid");

  const point = all("ov", "ExtensionPoint", host).find((e) => xsiType(e) === "CustomFunctions") ?? fail("no CustomFunctions extension point");
  const part = (tag) => one("ov", "SourceLocation", children(point, "ov", tag)[0] ?? fail(`the CustomFunctions point has no <${tag}>`));
  const pageResid = part("Page").getAttribute("resid");
  const actions = all("ov", "Action", host).filter((a) => xsiType(a) === "ShowTaskpane");
  const paneResids = actions.map((a) => one("ov", "SourceLocation", a).getAttribute("resid"));
  for (const [what, id] of [["the functions' <Page>", pageResid], ...paneResids.map((id) => ["the ShowTaskpane action", id])]) {
    if (id !== resid) fail(`${what} uses resid "${id}", the <Runtime> "${resid}": Office loads no shared runtime unless they are the same`);
  }
  const page = resolve(resid);
  const defaultUrl = one("app", "SourceLocation", one("app", "DefaultSettings")).getAttribute("DefaultValue");
  if (page !== defaultUrl) fail(`the shared runtime's page is ${page}, DefaultSettings says ${defaultUrl}`);

  const script = resolve(part("Script").getAttribute("resid"));
  if (!script.endsWith("/functions.js")) fail(`the functions' <Script> is ${script}, not functions.js`);
  const metadataResid = part("Metadata").getAttribute("resid");
  const metadata = all("bt", "Url").find((u) => u.getAttribute("id") === metadataResid) ?? fail(`resid "${metadataResid}" names no <bt:Url>`);
  if (!metadata.getAttribute("DefaultValue").endsWith("/functions.json")) fail(`the metadata is ${metadata.getAttribute("DefaultValue")}, not functions.json`);
  for (const locale of ["en-US", "en-GB"]) {
    const o = children(metadata, "bt", "Override").find((x) => x.getAttribute("Locale") === locale);
    if (!o || !o.getAttribute("Value").endsWith("/functions.en.json")) fail(`no ${locale} override with functions.en.json for the metadata`);
  }
  const namespaceId = (children(point, "ov", "Namespace")[0] ?? fail("the CustomFunctions point has no <Namespace>")).getAttribute("resid");
  const namespace = resolve(namespaceId);
  if (namespace !== "VERDEEL") fail(`the functions' namespace is "${namespace}", expected VERDEEL`);

  const sets = all("app", "Set", children(root, "app", "Requirements")[0] ?? fail("no <Requirements>"));
  const version = (name) => sets.find((s) => s.getAttribute("Name") === name)?.getAttribute("MinVersion");
  if (!version("SharedRuntime")) fail("the requirements lack SharedRuntime (without it Office may start the functions in a runtime of their own)");
  if (!version("CustomFunctionsRuntime")) fail("the requirements lack CustomFunctionsRuntime");
  void NS;
  return `one runtime (${resid}, long) for the pane and the functions; VERDEEL.* from ${path.basename(script)}, metadata functions.json (en: functions.en.json)`;
}

module.exports = { RUNTIMES_XSD, splitRuntimes, validateRuntimes, runtimesSchema, checkSharedRuntime };
