// The layers of design.md, enforced by eslint-plugin-boundaries on resolved import paths (so
// "../excel" is src/excel whatever the spelling), with the packages and Node APIs each layer may
// use. Imports point down only:
//   taskpane, preview → excel, cli → host → workbook → allocation; schedules beside allocation
//   (they import it). The worksheet functions sit between the pane and the hosts: the pane may
//   use them, they use the core and the workbook layer, never a host, the pane or the preview.
//   simulated-excel only for the preview page (and the tests).
// tests/layers.test.ts proves each forbidden import fails on a scratch file.
import boundaries from "eslint-plugin-boundaries";

/** Each layer, and the layers it may import (besides itself). */
export const LAYERS = {
  allocation: [],
  schedules: ["allocation"],
  workbook: ["allocation", "schedules"],
  host: ["workbook", "allocation"],
  excel: ["host", "workbook", "allocation", "schedules"],
  cli: ["host", "workbook", "allocation", "schedules"],
  functions: ["host", "workbook", "allocation", "schedules"],
  taskpane: ["functions", "excel", "host", "workbook", "allocation", "schedules"],
  "simulated-excel": ["workbook"],
  preview: ["taskpane", "functions", "excel", "host", "workbook", "allocation", "schedules", "simulated-excel"],
};

/** Layers that may use Node's own modules (node:fs, …): the command only. */
const NODE = ["cli"];

/** Packages each layer may import (micromatch patterns of package names). */
const UI = ["react", "react-dom", "react-dom/*", "react/*", "@fluentui/*", "@griffel/*"];
export const PACKAGES = {
  allocation: ["decimal.js", "zod", "zod/*"],
  schedules: [],
  // papaparse: the CSV files read by the command and the pane (pure JavaScript, no host).
  workbook: ["decimal.js", "papaparse"],
  host: [],
  excel: [],
  // The file host reads and patches .xlsx parts itself: exceljs and JSZip are only the bench's
  // baseline and the tests' independent reader.
  cli: ["@zip.js/*", "saxes", "@borgar/*", "decimal.js", "zod"],
  functions: ["decimal.js"],
  taskpane: [...UI, "decimal.js", "zod"],
  "simulated-excel": [],
  preview: [...UI, "decimal.js"],
};

export function layerConfig() {
  const layers = Object.keys(LAYERS);
  return {
    files: ["src/**/*.{ts,tsx}"],
    plugins: { boundaries },
    settings: {
      "boundaries/elements": layers.map((type) => ({ type, pattern: `src/${type}` })),
      "boundaries/include": ["src/**/*"],
      "import/resolver": { node: { extensions: [".ts", ".tsx", ".js", ".json"] } },
    },
    rules: {
      "boundaries/dependencies": [
        "error",
        {
          default: "disallow",
          checkAllOrigins: true,
          checkUnknownLocals: true,
          policies: [
            ...layers.map((type) => ({
              from: { element: { type } },
              allow: [
                { to: { element: { types: { anyOf: [type, ...LAYERS[type]] } } } },
                ...PACKAGES[type].map((source) => ({ to: { module: { origin: "external", source } } })),
                ...(NODE.includes(type) ? [{ to: { module: { origin: "core" } } }] : []),
              ],
            })),
          ],
          message: "Layers (design.md): {{from.element.type}} may not import {{dependency.source}}.",
        },
      ],
    },
  };
}
