#!/usr/bin/env node
// Which Office.js requirement sets the add-in's code uses. For every property, method and enum
// of the Office/Excel API that src/excel and src/taskpane touch, TypeScript's checker finds its
// declaration in @types/office-js and reads the "[Api set: ExcelApi 1.9]" note there. The same
// for src/functions and @types/custom-functions-runtime ("[Api set: CustomFunctionsRuntime 1.3]").
// The manifest asks for one ExcelApi version; anything newer must be used only after
// isSetSupported (src/excel/requirements.ts lists those sets as OPTIONAL_EXCEL_API).
//
//   node scripts/api-sets.js [--json]
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const REPO_ROOT = path.resolve(__dirname, "..");
const DEFAULT_DIRS = ["src/excel", "src/taskpane"];
const API_SET = /\[\s*Api set:\s*([A-Za-z]+)\s*([0-9]+(?:\.[0-9]+)*)?[^\]]*\]/i;

function sourceFiles(dirs) {
  const out = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
    }
  };
  for (const d of dirs) walk(path.resolve(REPO_ROOT, d));
  return out.sort();
}

/** Compares "1.10" > "1.9" numerically. */
function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Every use of an Office API member with a requirement-set note:
 * [{ set: "ExcelApi", version: "1.9", member: "Worksheet.autoFilter", at: "src/excel/x.ts:12" }].
 */
function apiSetUses(dirs = DEFAULT_DIRS) {
  const files = sourceFiles(dirs);
  if (files.length === 0) return [];
  const config = ts.getParsedCommandLineOfConfigFile(path.join(REPO_ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const options = { ...config.options, noEmit: true, types: [...(config.options.types ?? []), "office-js"] };
  const program = ts.createProgram(files, options);
  const checker = program.getTypeChecker();
  const uses = [];
  const seen = new Set();

  const noteOf = (symbol) => {
    const decl = symbol?.declarations?.[0];
    // Office and Excel (@types/office-js), and the custom functions' runtime (CustomFunctionsRuntime).
    if (!decl || !/@types\/(office-js|custom-functions-runtime)\//.test(decl.getSourceFile().fileName)) return undefined;
    const text = [
      ts.displayPartsToString(symbol.getDocumentationComment(checker)),
      ...symbol.getJsDocTags(checker).map((t) => ts.displayPartsToString(t.text ?? [])),
    ].join("\n");
    const m = API_SET.exec(text);
    if (!m) return undefined;
    const parent = decl.parent && (decl.parent.name ? decl.parent.name.getText() : "");
    return { set: m[1], version: m[2] ?? "", member: parent ? `${parent}.${symbol.name}` : symbol.name };
  };
  const record = (symbol, node) => {
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const note = noteOf(symbol);
    if (!note) return;
    const sf = node.getSourceFile();
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
    const at = `${path.relative(REPO_ROOT, sf.fileName)}:${line + 1}`;
    const key = `${note.member}@${at}`;
    if (seen.has(key)) return;
    seen.add(key);
    uses.push({ ...note, at });
  };

  for (const sf of program.getSourceFiles()) {
    if (!files.includes(path.resolve(sf.fileName))) continue;
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node)) {
        record(checker.getSymbolAtLocation(node.name), node.name);
      } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "load") {
        // x.load("values, numberFormat") / x.load(["values"]): the names are properties of x.
        const receiver = checker.getTypeAtLocation(node.expression.expression);
        const literals = node.arguments.flatMap((a) => (ts.isArrayLiteralExpression(a) ? a.elements : [a])).filter(ts.isStringLiteralLike);
        for (const lit of literals) {
          for (const name of lit.text.split(",").map((n) => n.trim().split("/")[0]).filter(Boolean)) {
            record(receiver.getProperty(name), lit);
          }
        }
      } else if (ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression)) {
        record(checker.getSymbolAtLocation(node.argumentExpression), node.argumentExpression);
      } else if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isObjectLiteralExpression(node.parent)) {
        // Options objects, e.g. Excel.run({ mergeUndoGroup: true }, ...): the property of the expected type.
        const expected = checker.getContextualType(node.parent);
        const name = node.name && ts.isIdentifier(node.name) ? node.name.text : undefined;
        if (expected && name) {
          for (const t of expected.isUnion() ? expected.types : [expected]) record(t.getProperty(name), node.name);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return uses;
}

/** Highest version per set, and the members of each set and version. */
function summarize(uses) {
  const bySet = {};
  for (const u of uses) {
    const s = (bySet[u.set] ??= { highest: "", versions: {} });
    if (u.version && (!s.highest || compareVersions(u.version, s.highest) > 0)) s.highest = u.version;
    const v = (s.versions[u.version || "-"] ??= {});
    (v[u.member] ??= []).push(u.at);
  }
  return bySet;
}

if (require.main === module) {
  const uses = apiSetUses();
  const bySet = summarize(uses);
  if (process.argv.includes("--json")) {
    process.stdout.write(`${JSON.stringify(bySet, null, 2)}\n`);
  } else {
    process.stdout.write(`Office API requirement sets used by ${DEFAULT_DIRS.join(", ")} (${uses.length} uses)\n`);
    for (const [set, s] of Object.entries(bySet).sort()) {
      process.stdout.write(`\n${set}${s.highest ? `, highest ${s.highest}` : ""}\n`);
      for (const version of Object.keys(s.versions).sort(compareVersions)) {
        const members = Object.keys(s.versions[version]).sort();
        process.stdout.write(`  ${version}: ${members.join(", ")}\n`);
      }
    }
  }
}

module.exports = { apiSetUses, summarize, compareVersions };
