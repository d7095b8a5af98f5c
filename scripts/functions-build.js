// The worksheet functions' part of the add-in build (webpack.config.js), beside Microsoft's
// custom-functions-metadata-plugin, which writes functions.json from the JSDoc of
// src/functions/functions.ts (Dutch, the manifest's default locale):
// - functions.en.json: the same metadata with the English names and descriptions of
//   src/functions/metadata-en.json (the manifest serves it to English Excel);
// - functions.js: a copy, under the fixed name the manifest's <Script> names, of the functions
//   entry's hashed file (taskpane.html loads the hashed one, which a new build never leaves stale).
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const DUTCH_METADATA = "functions.json";
const ENGLISH_METADATA = "functions.en.json";
const SCRIPT = "functions.js";

/**
 * English metadata from the Dutch: every function and parameter keeps its id, type,
 * dimensionality and options; name and description come from `texts` (metadata-en.json, keyed
 * by function id and Dutch parameter name). Anything without an English text, or a text for
 * something the metadata does not have, is an error that names it.
 */
function englishMetadata(dutch, texts) {
  const problems = [];
  const ids = new Set(dutch.functions.map((f) => f.id));
  for (const id of Object.keys(texts)) if (!ids.has(id)) problems.push(`metadata-en.json has a function ${id} that functions.ts does not define`);
  const functions = dutch.functions.map((f) => {
    const t = texts[f.id];
    if (!t) {
      problems.push(`metadata-en.json has no texts for function ${f.id}`);
      return f;
    }
    const params = new Set(f.parameters.map((p) => p.name));
    for (const name of Object.keys(t.parameters ?? {})) {
      if (!params.has(name)) problems.push(`metadata-en.json: ${f.id} has no parameter ${name}`);
    }
    const parameters = f.parameters.map((p) => {
      const pt = t.parameters?.[p.name];
      if (!pt) {
        problems.push(`metadata-en.json has no texts for parameter ${p.name} of ${f.id}`);
        return p;
      }
      return { ...p, name: pt.name, description: pt.description };
    });
    return { ...f, name: t.name, description: t.description, parameters };
  });
  if (problems.length > 0) throw new Error(problems.join("\n"));
  return { ...dutch, functions };
}

class FunctionsBuildPlugin {
  /** `englishTexts`: path of metadata-en.json; `entry`: the name of the functions entry. */
  constructor({ englishTexts, entry = "functions" }) {
    this.englishTexts = englishTexts;
    this.entry = entry;
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    const name = "FunctionsBuildPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.fileDependencies.add(this.englishTexts);
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const dutch = compilation.getAsset(DUTCH_METADATA);
        if (!dutch) return; // the metadata plugin has reported why
        try {
          const texts = JSON.parse(fs.readFileSync(this.englishTexts, "utf8"));
          const english = englishMetadata(JSON.parse(dutch.source.source().toString()), texts);
          compilation.emitAsset(ENGLISH_METADATA, new sources.RawSource(JSON.stringify(english, null, 4)));
        } catch (err) {
          compilation.errors.push(new WebpackError(`${path.relative(process.cwd(), this.englishTexts)}: ${err.message}`));
        }
      });
      // After minifying and content hashing, so the copy is byte for byte the file the page loads.
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE }, () => {
        const entry = compilation.entrypoints.get(this.entry);
        const file = entry && [...entry.getEntrypointChunk().files].find((f) => f.endsWith(".js"));
        if (!file || file === SCRIPT) return;
        // minimized: the minifier also sees assets added late, and must leave this copy as it is.
        compilation.emitAsset(SCRIPT, new sources.RawSource(compilation.getAsset(file).source.buffer()), { minimized: true });
      });
    });
  }
}

module.exports = { englishMetadata, FunctionsBuildPlugin, DUTCH_METADATA, ENGLISH_METADATA, SCRIPT };
