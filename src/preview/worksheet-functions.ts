/// <reference types="office-js" />
/// <reference types="custom-functions-runtime" />
// The add-in's worksheet functions in the preview's simulated Excel, as Excel holds them: the
// module src/functions/functions.ts, built with Microsoft's metadata plugin as in the add-in
// (which appends its CustomFunctions.associate calls), is loaded after office.js, so its
// functions are associated with office.js's own CustomFunctions; the simulated Excel finds them
// by the names in the functions.json and functions.en.json the same build wrote, and calls the
// associated function itself: the code Excel's runtime would call, not a copy.
import { catalogOf, type CustomFunctionDefinition, type SimulatedExcel } from "../simulated-excel";

/** The functions' namespace, from manifest.xml (Functions.Namespace): the same in both languages. */
export const FUNCTIONS_NAMESPACE = "VERDEEL";

/** What the simulation needs of functions.json (Microsoft's metadata format). */
export interface FunctionsJson {
  functions: {
    id: string;
    name: string;
    options?: { stream?: boolean };
    parameters: { dimensionality?: string; optional?: boolean }[];
  }[];
}

type Associated = Record<string, ((...args: unknown[]) => unknown) | undefined>;

/**
 * One definition per function of the Dutch metadata: called by its Dutch or English name (with
 * the namespace), stored in formulas by the English one, calling the function associated with its
 * id. A function without an association or an English entry is a build fault, said as such.
 */
export function definitionsFrom(nl: FunctionsJson, en: FunctionsJson, associated: Associated, namespace = FUNCTIONS_NAMESPACE): CustomFunctionDefinition[] {
  return nl.functions.map((f) => {
    const english = en.functions.find((e) => e.id === f.id);
    const fn = associated[f.id.toUpperCase()];
    if (!english) throw new Error(`preview: functions.en.json has no function ${f.id}`);
    if (typeof fn !== "function") throw new Error(`preview: no function is associated with ${f.id} (CustomFunctions.associate)`);
    const formulaName = `${namespace}.${english.name}`;
    return {
      id: f.id,
      names: [`${namespace}.${f.name}`, formulaName],
      formulaName,
      parameters: f.parameters.map((p) => ({ dimensionality: p.dimensionality === "matrix" ? "matrix" : "scalar", optional: p.optional === true })),
      stream: f.options?.stream === true,
      fn,
    };
  });
}

async function fetchJson(file: string): Promise<FunctionsJson> {
  const response = await fetch(file);
  if (!response.ok) throw new Error(`preview: ${file} did not load (${response.status})`);
  return (await response.json()) as FunctionsJson;
}

/** office.js's association of ids with functions: what its custom-functions runtime calls. */
function officeAssociations(): Associated {
  return (CustomFunctions as unknown as { _association: { mappings: Associated } })._association.mappings;
}

/** Loads the worksheet functions (after office.js) and lets the simulated Excel's formulas call them. */
export async function useWorksheetFunctions(excel: SimulatedExcel): Promise<void> {
  await import("../functions/functions");
  const [nl, en] = await Promise.all([fetchJson("functions.json"), fetchJson("functions.en.json")]);
  excel.useCustomFunctions(catalogOf(definitionsFrom(nl, en, officeAssociations())));
}
