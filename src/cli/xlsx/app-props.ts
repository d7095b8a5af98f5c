// docProps/app.xml: the list of sheet titles Excel keeps beside the workbook (TitlesOfParts,
// counted per kind in HeadingPairs, worksheets first). A new sheet's title goes after the last
// worksheet title and the worksheet count grows by one. A part that does not have this shape,
// or whose first titles are not the workbook's worksheets, is left as it is (it is optional).
import { escapeText, scanXml, setAttr, splice } from "./xml";

interface Vector {
  start: number;
  end: number;
  size: number;
  /** Text and end offset of each item (vt:variant or vt:lpstr). */
  items: { text: string; end: number }[];
}

export function withSheetTitle(text: string, worksheets: readonly string[], title: string): string | undefined {
  const vectors: Record<string, Vector> = {};
  let section = "";
  let current: Vector | undefined;
  let depth = 0;
  let prefix = "vt:";
  let itemText = "";
  let count: { start: number; end: number } | undefined;
  let inCount = -1;
  scanXml(text, {
    open(tag) {
      depth++;
      if (depth === 2) section = tag.name;
      if (depth === 3 && tag.name === "vector" && (section === "HeadingPairs" || section === "TitlesOfParts")) {
        current = { start: tag.start, end: tag.end, size: Number(tag.attrs.size ?? 0), items: [] };
        vectors[section] = current;
        prefix = tag.prefix;
      }
      if (depth === 4) itemText = "";
      // HeadingPairs: the count of the first kind is the i4 in the second variant.
      if (depth === 5 && section === "HeadingPairs" && current?.items.length === 1 && tag.name === "i4") inCount = tag.end;
    },
    close(tag) {
      if (inCount >= 0 && tag.name === "i4") {
        count = { start: inCount, end: tag.start };
        inCount = -1;
      }
      if (depth === 4 && current) current.items.push({ text: itemText, end: tag.end });
      if (depth === 3) current = undefined;
      depth--;
    },
    text(t) {
      if (depth >= 4) itemText += t;
    },
  });
  const titles = vectors.TitlesOfParts;
  if (!vectors.HeadingPairs || !titles || !count) return undefined;
  const n = Number(text.slice(count.start, count.end).trim());
  if (!Number.isInteger(n) || n !== worksheets.length || n > titles.items.length) return undefined;
  if (worksheets.some((name, i) => titles.items[i].text !== name)) return undefined;
  const at = n === 0 ? titles.end : titles.items[n - 1].end;
  return splice(text, [
    { start: count.start, end: count.end, text: String(n + 1) },
    { start: titles.start, end: titles.end, text: setAttr(text.slice(titles.start, titles.end), "size", String(titles.size + 1)) },
    { start: at, end: at, text: `<${prefix}lpstr>${escapeText(title)}</${prefix}lpstr>` },
  ]);
}
