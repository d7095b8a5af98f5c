// Shared by webpack.config.js, scripts/validate-manifest.js and tests/manifest: where the
// offline XML schemas are, how the production manifest is made from the development one, and
// how a manifest is validated against the schemas without a network.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { checkSharedRuntime } = require("./manifest-runtimes");

const REPO_ROOT = path.resolve(__dirname, "..");

/** Every URL in manifest.xml starts with this; the production build replaces it. */
const DEV_URL = "https://localhost:3000/";

/** The schema that the others are imported from (OfficeApp, namespace appforoffice/1.1). */
const ROOT_XSD = "OfficeAppManifestV1_1.xsd";

/**
 * Where Microsoft's manifest schemas are: the folder MANIFEST_XSD_DIR names. They are reference
 * data that is not ours to redistribute, so a clone of the repository has none; CI (.ci/run)
 * points MANIFEST_XSD_DIR at its copy. Returns { dir } when it is set, { skipped: reason } when it
 * is not, and throws, naming the folder, when it is set but holds no schemas: a validation that
 * was asked for must fail, not pass quietly.
 */
function schemaSource() {
  const named = process.env.MANIFEST_XSD_DIR;
  if (!named) {
    return {
      skipped:
        "MANIFEST_XSD_DIR is not set, so the manifest is not checked against Microsoft's XML schemas " +
        "(set it to a folder with OfficeAppManifestV1_1.xsd and the schemas it imports; CI does)",
    };
  }
  const dir = path.resolve(named);
  if (!fs.existsSync(path.join(dir, ROOT_XSD))) {
    throw new Error(
      `The Office manifest schemas are missing: ${path.join(dir, ROOT_XSD)} does not exist ` +
        `(MANIFEST_XSD_DIR=${named}).`,
    );
  }
  return { dir };
}

/** The schema folder; throws when MANIFEST_XSD_DIR is not set or holds no schemas. */
function xsdDir() {
  const source = schemaSource();
  if (!source.dir) throw new Error(`Cannot validate against the schemas: ${source.skipped}.`);
  return source.dir;
}

/**
 * Normalises the hosting URL for the production manifest: absolute, https, ending in "/".
 * Office loads add-ins only over HTTPS, so anything else is refused with a message.
 */
function hostingUrl(raw) {
  const value = (raw ?? "").trim() || DEV_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_URL must be an absolute URL such as https://addins.example.nl/verdeelsleutel/, not "${value}".`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`ADDIN_URL must use https (Office loads add-ins only over HTTPS), not "${value}".`);
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_URL must be a folder URL without ?query or #fragment, not "${value}".`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * The production manifest: the development manifest with every dev URL pointing at `url`,
 * and its opening comment (which describes the development manifest) replaced by one that
 * says where the file came from.
 */
function productionManifest(devXml, url) {
  const base = hostingUrl(url);
  if (!devXml.includes(DEV_URL)) {
    throw new Error(`manifest.xml contains no ${DEV_URL} URL to replace.`);
  }
  // (No URL in the comment: a host name like xn--... would put "--" inside it, which XML forbids.)
  const note = "<!-- Verdeelsleutel, production manifest: written by `npm run build` from manifest.xml, every URL under ADDIN_URL. Do not edit; see docs/addin.md. -->";
  const xml = devXml.replace(/<!--[\s\S]*?development manifest[\s\S]*?-->/, () => note);
  return xml.split(DEV_URL).join(base);
}

/**
 * Validates a manifest (text) offline with xmllint compiled to WebAssembly: no network, no
 * system xmllint. Microsoft's schemas (`dir`, default xsdDir()) validate everything but
 * <Runtimes>, which they predate; our manifest-runtimes.xsd validates each <Runtimes>.
 * Resolves { valid, errors: string[], schemas, dir, runtimes: how many <Runtimes> were checked }.
 */
async function validateManifest(xml, fileName = "manifest.xml", dir = xsdDir()) {
  const { validateXML } = require("xmllint-wasm");
  const { splitRuntimes, validateRuntimes } = require("./manifest-runtimes");
  const xsds = fs.readdirSync(dir).filter((f) => f.endsWith(".xsd")).sort();
  const read = (f) => ({ fileName: f, contents: fs.readFileSync(path.join(dir, f), "utf8") });
  let split;
  try {
    split = splitRuntimes(xml);
  } catch (err) {
    return { valid: false, errors: [err.message], schemas: xsds, dir, runtimes: 0 };
  }
  const result = await validateXML({
    xml: [{ fileName: path.basename(fileName), contents: split.withoutRuntimes }],
    schema: [read(ROOT_XSD)],
    preload: xsds.filter((f) => f !== ROOT_XSD).map(read),
  });
  const runtimeErrors = await validateRuntimes(split.fragments);
  return {
    valid: result.valid && runtimeErrors.length === 0,
    errors: [...result.errors.map((e) => e.rawMessage.trim()), ...runtimeErrors],
    schemas: xsds,
    dir,
    runtimes: split.fragments.length,
  };
}

/** PNG width and height from the IHDR chunk; throws when the file is not a PNG. */
function pngSize(buffer) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buffer.length < 24 || !buffer.subarray(0, 8).equals(signature) || buffer.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error("not a PNG file");
  }
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/**
 * Where the file behind a manifest URL is, for the development manifest: assets/ from the
 * repository, pages from their HTML templates (webpack writes them under the same name), the
 * functions' script and metadata from the sources webpack makes them of.
 */
function devFileFor(relative) {
  if (relative.startsWith("assets/")) return path.join(REPO_ROOT, relative);
  // The worksheet functions: webpack makes these from src/functions (scripts/functions-build.js).
  const functions = { "functions.js": "functions.ts", "functions.json": "functions.ts", "functions.en.json": "metadata-en.json" };
  if (functions[relative]) return path.join(REPO_ROOT, "src", "functions", functions[relative]);
  const page = relative.replace(/\.html$/, "");
  return path.join(REPO_ROOT, "src", page, relative);
}

/**
 * What the XML schemas cannot say: the checks an Office add-in developer would make by hand.
 * `baseUrl`: every URL must start with it; `fileFor(relativePath)`: the file behind a URL;
 * `version`: the expected <Version>. Returns [{ name, ok, detail }], one per check.
 */
function checkManifest(xml, { baseUrl = DEV_URL, fileFor = devFileFor, version } = {}) {
  const { JSDOM } = require("jsdom");
  const doc = new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");
  const results = [];
  const check = (name, fn) => {
    try {
      const detail = fn();
      results.push({ name, ok: true, detail: detail ?? "" });
    } catch (err) {
      results.push({ name, ok: false, detail: err.message });
    }
  };
  const fail = (msg) => {
    throw new Error(msg);
  };
  const all = (ns, tag, root = doc) => Array.from(root.getElementsByTagNameNS(NS[ns], tag));
  const one = (ns, tag, root = doc) => {
    const found = all(ns, tag, root);
    if (found.length !== 1) fail(`expected one <${tag}>, found ${found.length}`);
    return found[0];
  };
  const children = (el, ns, tag) => Array.from(el.children).filter((c) => c.namespaceURI === NS[ns] && c.localName === tag);
  const xsiType = (el) => el.getAttributeNS(NS.xsi, "type");

  if (doc.getElementsByTagName("parsererror").length > 0) {
    return [{ name: "well-formed XML", ok: false, detail: doc.getElementsByTagName("parsererror")[0].textContent }];
  }
  const root = doc.documentElement;

  // Resources by id (bt:Image, bt:Url, bt:String) and what refers to them.
  const resources = new Map();
  for (const tag of ["Image", "Url", "String"]) {
    for (const el of all("bt", tag)) if (el.hasAttribute("id")) resources.set(el.getAttribute("id"), el);
  }
  const resolve = (resid) => resources.get(resid)?.getAttribute("DefaultValue") ?? fail(`resid "${resid}" names no resource`);
  const relativeOf = (url) => {
    if (!url.startsWith(baseUrl)) fail(`${url} is not under ${baseUrl}`);
    return url.slice(baseUrl.length);
  };
  const pngAt = (url, size) => {
    const file = fileFor(relativeOf(url));
    if (!fs.existsSync(file)) fail(`${url}: ${path.relative(REPO_ROOT, file)} does not exist`);
    const { width, height } = pngSize(fs.readFileSync(file));
    if (width !== size || height !== size) fail(`${url} is ${width}×${height}, the manifest says ${size}×${size}`);
    return `${path.basename(file)} ${size}×${size}`;
  };

  check("add-in type", () => {
    if (root.namespaceURI !== NS.app || root.localName !== "OfficeApp") fail("the root is not <OfficeApp> of appforoffice/1.1");
    if (xsiType(root) !== "TaskPaneApp") fail(`xsi:type is "${xsiType(root)}", not TaskPaneApp`);
    const hosts = children(one("app", "Hosts"), "app", "Host").map((h) => h.getAttribute("Name"));
    if (hosts.join() !== "Workbook") fail(`hosts are [${hosts}], expected [Workbook]`);
    return "TaskPaneApp for Workbook (Excel)";
  });
  check("version", () => {
    const v = one("app", "Version").textContent.trim();
    if (version !== undefined && v !== version) fail(`<Version> is ${v}, expected ${version} (package.json version + ".0")`);
    return v;
  });
  check("permissions", () => {
    const p = one("app", "Permissions").textContent.trim();
    if (p !== "ReadWriteDocument") fail(`<Permissions> is ${p}, expected ReadWriteDocument`);
    return p;
  });
  check("requirement set", () => {
    const req = children(root, "app", "Requirements")[0] ?? fail("no <Requirements>");
    const sets = all("app", "Set", req).map((s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion") ?? "(default)"}`);
    const excel = sets.filter((s) => s.startsWith("ExcelApi "));
    if (excel.length !== 1) fail(`expected one ExcelApi set, found [${sets}]`);
    return sets.join(", ");
  });
  check("locales", () => {
    const def = one("app", "DefaultLocale").textContent.trim();
    if (def !== "nl-NL") fail(`<DefaultLocale> is ${def}, expected nl-NL`);
    const texts = [one("app", "DisplayName"), one("app", "Description"), ...all("bt", "String")];
    const missing = texts.filter((el) => {
      const ns = el.namespaceURI === NS.bt ? "bt" : "app";
      return !children(el, ns, "Override").some((o) => o.getAttribute("Locale") === "en-US");
    });
    if (missing.length > 0) fail(`no en-US override for: ${missing.map((el) => el.getAttribute("id") ?? el.localName).join(", ")}`);
    return `default nl-NL; ${texts.length} texts with an en-US override`;
  });
  check("shared runtime and functions", () =>
    checkSharedRuntime({ all, one, children, xsiType, resolve, fail, root, NS }),
  );
  check("ribbon button", () => {
    const vo = one("ov", "VersionOverrides");
    if (xsiType(vo) !== "VersionOverridesV1_0") fail(`VersionOverrides xsi:type is ${xsiType(vo)}`);
    const host = all("ov", "Host", vo).find((h) => xsiType(h) === "Workbook") ?? fail("no <Host xsi:type=\"Workbook\"> in VersionOverrides");
    const point = all("ov", "ExtensionPoint", host).find((e) => xsiType(e) === "PrimaryCommandSurface") ?? fail("no PrimaryCommandSurface");
    const tab = all("ov", "OfficeTab", point).find((t) => t.getAttribute("id") === "TabHome") ?? fail("no <OfficeTab id=\"TabHome\">");
    const groups = children(tab, "ov", "Group");
    const label = (el) => resolve(children(el, "ov", "Label")[0]?.getAttribute("resid") ?? fail(`<${el.localName}> has no label`));
    const group = groups.find((g) => label(g) === "Verdeelsleutel") ?? fail("no group labelled Verdeelsleutel on the Home tab");
    const button = children(group, "ov", "Control").find((c) => xsiType(c) === "Button" && label(c) === "Verdeelsleutel") ??
      fail("no button labelled Verdeelsleutel in the group");
    const action = children(button, "ov", "Action")[0];
    if (!action || xsiType(action) !== "ShowTaskpane") fail("the button's action is not ShowTaskpane");
    const paneUrl = resolve(one("ov", "SourceLocation", action).getAttribute("resid"));
    const defaultUrl = one("app", "SourceLocation", one("app", "DefaultSettings")).getAttribute("DefaultValue");
    if (paneUrl !== defaultUrl) fail(`the button opens ${paneUrl}, DefaultSettings says ${defaultUrl}`);
    return `Home tab > group "Verdeelsleutel" > button "Verdeelsleutel" > ShowTaskpane ${paneUrl}`;
  });
  check("resource ids", () => {
    const used = new Set(Array.from(doc.querySelectorAll("*")).filter((el) => el.hasAttribute("resid")).map((el) => el.getAttribute("resid")));
    for (const id of used) resolve(id);
    const unused = [...resources.keys()].filter((id) => !used.has(id));
    if (unused.length > 0) fail(`resources nobody uses: ${unused.join(", ")}`);
    return `${used.size} resources, all used`;
  });
  check("URLs", () => {
    const urls = [
      ...["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].flatMap((t) => all("app", t)).map((el) => el.getAttribute("DefaultValue")),
      ...[...resources.values()].filter((el) => el.localName !== "String").map((el) => el.getAttribute("DefaultValue")),
    ];
    const overrides = Array.from(doc.querySelectorAll("*"))
      .filter((el) => el.localName === "Override" && /^https?:/.test(el.getAttribute("Value") ?? ""))
      .map((el) => el.getAttribute("Value"));
    for (const url of [...urls, ...overrides]) {
      if (!url.startsWith("https://")) fail(`${url} is not https`);
      relativeOf(url);
    }
    return `${urls.length + overrides.length} URLs, all https and under ${baseUrl}`;
  });
  check("icons", () => {
    const seen = [];
    seen.push(pngAt(one("app", "IconUrl").getAttribute("DefaultValue"), 32));
    seen.push(pngAt(one("app", "HighResolutionIconUrl").getAttribute("DefaultValue"), 64));
    for (const list of all("ov", "Icon")) {
      const images = children(list, "bt", "Image");
      const sizes = images.map((i) => Number(i.getAttribute("size"))).sort((a, b) => a - b);
      for (const needed of [16, 32, 80]) if (!sizes.includes(needed)) fail(`an <Icon> list lacks the ${needed}px image`);
      for (const img of images) seen.push(pngAt(resolve(img.getAttribute("resid")), Number(img.getAttribute("size"))));
    }
    return [...new Set(seen)].sort().join(", ");
  });
  check("pages", () => {
    const pages = new Set(all("app", "SourceLocation").map((el) => el.getAttribute("DefaultValue")));
    for (const el of all("bt", "Url")) {
      pages.add(el.getAttribute("DefaultValue"));
      for (const o of children(el, "bt", "Override")) pages.add(o.getAttribute("Value"));
    }
    const found = [...pages].map((url) => {
      const file = fileFor(relativeOf(url));
      if (!fs.existsSync(file)) fail(`${url}: ${path.relative(REPO_ROOT, file)} does not exist`);
      return path.relative(REPO_ROOT, file);
    });
    return [...new Set(found)].join(", ");
  });
  return results;
}

module.exports = {
  REPO_ROOT,
  DEV_URL,
  ROOT_XSD,
  schemaSource,
  xsdDir,
  hostingUrl,
  productionManifest,
  validateManifest,
  pngSize,
  devFileFor,
  checkManifest,
};
