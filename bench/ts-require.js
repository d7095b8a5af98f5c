"use strict";
// Lets a bench require the project's TypeScript directly (src/functions and its test helpers are
// not part of the command's compiled dist/): each .ts file is transpiled on load with the
// project's own TypeScript, types not checked (npm run typecheck does that).
const fs = require("node:fs");
const ts = require("typescript");

const options = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  resolveJsonModule: true,
  sourceMap: false,
};

require.extensions[".ts"] = (module, filename) => {
  const { outputText } = ts.transpileModule(fs.readFileSync(filename, "utf8"), { compilerOptions: options, fileName: filename });
  module._compile(outputText, filename);
};
