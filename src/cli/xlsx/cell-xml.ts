// One planned cell as a <c> element: a number with its style, a formula with the core's figure
// as cached result, or text as an inline string (text is never read as a formula, whatever it
// begins with, and sharedStrings.xml stays as it was).
import type { PlannedCell } from "../../workbook/types";
import { encodeXstring, escapeText } from "./xml";

export type WrittenCell = Exclude<PlannedCell, { kind: "skip" }>;

/** A decimal string as an xsd:double for <v> ("1078.24" stays as it is; "-0" becomes "0"). */
function numberText(value: string): string {
  const t = value.trim();
  if (!/^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(t)) throw new Error(`not a number: ${value}`);
  return /^-0(\.0+)?$/.test(t) ? "0" : t;
}

export function cellXml(prefix: string, ref: string, style: number, cell: WrittenCell): string {
  const s = style > 0 ? ` s="${style}"` : "";
  switch (cell.kind) {
    case "number":
      return `<${prefix}c r="${ref}"${s}><${prefix}v>${numberText(cell.value)}</${prefix}v></${prefix}c>`;
    case "formula": {
      const f = escapeText(cell.formula.replace(/^=/, ""));
      return `<${prefix}c r="${ref}"${s}><${prefix}f>${f}</${prefix}f><${prefix}v>${numberText(cell.value)}</${prefix}v></${prefix}c>`;
    }
    case "text": {
      const text = escapeText(encodeXstring(cell.value));
      const space = /^\s|\s$/.test(cell.value) ? ` xml:space="preserve"` : "";
      return `<${prefix}c r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t${space}>${text}</${prefix}t></${prefix}is></${prefix}c>`;
    }
  }
}
