#!/usr/bin/env node
// `npm run validate`: checks the add-in manifest without a network.
// `office-addin-manifest validate` posts the manifest to a Microsoft web service; this does
// what can be done offline instead, and says what it checked:
//   - manifest.xml against Microsoft's XML schemas (the folder MANIFEST_XSD_DIR names, xmllint-wasm;
//     skipped, and said so, when it is not set), except <Runtimes> (newer than those schemas),
//     which scripts/manifest-runtimes.xsd (in the repository) validates in every case;
//   - the checks a schema cannot make (ribbon button, icon files and their pixel sizes,
//     requirement set, permissions, locales, the shared runtime and the functions, resource ids,
//     URLs, pages), see manifest-tools.js and manifest-runtimes.js;
//   - the production copy `npm run build` writes, for ADDIN_URL (or an example URL);
//   - dist/manifest.xml and the files it points at, when a build is there;
//   - that Microsoft's own office-addin-manifest can read it (`info`, which is offline);
//   - that the manifest's ExcelApi set is the one the code needs (scripts/api-sets.js).
// Exit code 1 when anything fails.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const tools = require("./manifest-tools");
const { runtimesSchema } = require("./manifest-runtimes");
const apiSets = require("./api-sets");

const EXAMPLE_URL = "https://addins.example.nl/verdeelsleutel/";

async function main() {
  let passed = 0;
  let failed = 0;
  const line = (ok, name, detail) => {
    if (ok) passed++;
    else failed++;
    process.stdout.write(`  ${ok ? "ok  " : "FAIL"} ${name}${detail ? `: ${detail}` : ""}\n`);
  };

  const schemas = tools.schemaSource();
  const pkg = JSON.parse(fs.readFileSync(path.join(tools.REPO_ROOT, "package.json"), "utf8"));
  const version = `${pkg.version}.0`;
  const where = schemas.dir ? path.relative(process.cwd(), schemas.dir) || schemas.dir : `skipped: ${schemas.skipped}`;
  process.stdout.write(`Office add-in manifest, checked offline\n  schemas: ${where}\n`);

  async function validate(title, xml, options) {
    process.stdout.write(`\n${title}\n`);
    if (schemas.dir) {
      const schema = await tools.validateManifest(xml, "manifest.xml", schemas.dir);
      line(
        schema.valid,
        `XML schema (${tools.ROOT_XSD} + ${schema.schemas.length - 1} imported; ${schema.runtimes} <Runtimes> with scripts/manifest-runtimes.xsd)`,
        schema.errors.join("\n       "),
      );
    } else {
      process.stdout.write(`  skip XML schema: MANIFEST_XSD_DIR is not set\n`);
      const runtimes = await runtimesSchema(xml);
      line(runtimes.errors.length === 0, `<Runtimes> with scripts/manifest-runtimes.xsd (${runtimes.runtimes})`, runtimes.errors.join("\n       "));
    }
    for (const r of tools.checkManifest(xml, { version, ...options })) line(r.ok, r.name, r.detail);
  }

  const devXml = fs.readFileSync(path.join(tools.REPO_ROOT, "manifest.xml"), "utf8");
  await validate("manifest.xml (development: https://localhost:3000/)", devXml, {});

  const url = tools.hostingUrl(process.env.ADDIN_URL || EXAMPLE_URL);
  await validate(
    `production copy for ${url} (what \`npm run build\` writes${process.env.ADDIN_URL ? "" : "; set ADDIN_URL for yours"})`,
    tools.productionManifest(devXml, url),
    { baseUrl: url },
  );

  const built = path.join(tools.REPO_ROOT, "dist", "manifest.xml");
  if (fs.existsSync(built)) {
    const xml = fs.readFileSync(built, "utf8");
    const source = /<SourceLocation DefaultValue="([^"]+)taskpane\.html"/.exec(xml);
    const baseUrl = source ? source[1] : tools.DEV_URL;
    await validate(`dist/manifest.xml (the last build, for ${baseUrl}; files from dist/)`, xml, {
      baseUrl,
      fileFor: (relative) => path.join(tools.REPO_ROOT, "dist", relative),
    });
  } else {
    process.stdout.write("\ndist/manifest.xml: not built (`npm run build` writes it), skipped\n");
  }

  process.stdout.write("\noffice-addin-manifest info manifest.xml (Microsoft's parser)\n");
  const cli = require.resolve("office-addin-manifest/cli.js");
  const info = spawnSync(process.execPath, [cli, "info", "manifest.xml"], { cwd: tools.REPO_ROOT, encoding: "utf8" });
  const name = /Name: (.*)/.exec(info.stdout ?? "");
  const type = /Type: (.*)/.exec(info.stdout ?? "");
  line(info.status === 0 && !!name, "parsed", info.status === 0 && name ? `${name[1]}, ${type?.[1]}` : (info.stderr || info.stdout).trim());

  process.stdout.write("\nrequirement sets the code uses (scripts/api-sets.js over src/excel, src/taskpane)\n");
  const manifestSet = /<Set Name="ExcelApi" MinVersion="([0-9.]+)"/.exec(devXml)?.[1] ?? "?";
  const requirementsTs = path.join(tools.REPO_ROOT, "src", "excel", "requirements.ts");
  // The sets the host uses only after isSetSupported: OPTIONAL_EXCEL_API in src/excel/requirements.ts
  // (up to the closing brace at the start of a line: its comments contain braces).
  const optionalBlock = fs.existsSync(requirementsTs) ? /OPTIONAL_EXCEL_API\s*=\s*\{([\s\S]*?)\n\}/.exec(fs.readFileSync(requirementsTs, "utf8")) : null;
  const optional = new Set(optionalBlock ? [...optionalBlock[1].matchAll(/"([0-9.]+)"/g)].map((m) => m[1]) : []);
  const uses = apiSets.apiSetUses();
  const needed = uses.filter((u) => u.set === "ExcelApi" && u.version && !optional.has(u.version));
  const highest = needed.reduce((h, u) => (apiSets.compareVersions(u.version, h) > 0 ? u.version : h), "1.1");
  const atHighest = [...new Set(needed.filter((u) => u.version === highest).map((u) => u.member))].sort();
  const beyond = uses.filter(
    (u) => u.set !== "ExcelApi" || !u.version || (apiSets.compareVersions(u.version, manifestSet) > 0 && !optional.has(u.version)),
  );
  line(
    beyond.length === 0 && highest === manifestSet,
    `manifest asks ExcelApi ${manifestSet}`,
    beyond.length > 0
      ? `used without a run-time check: ${beyond.map((u) => `${u.member} (${u.set} ${u.version || "preview"}, ${u.at})`).join("; ")}`
      : highest !== manifestSet
        ? `the code needs only ExcelApi ${highest}: lower the manifest's set (and MIN_EXCEL_API)`
        : `the code needs it for ${atHighest.join(", ")}`,
  );
  const optionalUsed = [...new Set(uses.filter((u) => optional.has(u.version)).map((u) => `${u.member} (${u.version})`))].sort();
  if (optionalUsed.length > 0) process.stdout.write(`       newer, used after isSetSupported: ${optionalUsed.join(", ")}\n`);

  process.stdout.write(`\nvalidate: ${passed + failed} checks, ${failed === 0 ? "all passed" : `${failed} FAILED`}\n`);
  if (failed > 0) process.exitCode = 1;
}

main().catch((err) => {
  process.stderr.write(`validate: ${err.message}\n`);
  process.exitCode = 1;
});
