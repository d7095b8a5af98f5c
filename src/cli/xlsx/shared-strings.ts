// sharedStrings.xml: the text of every shared string, by index. Only read: the strings an
// action writes go into the cells themselves (inline strings), so this part is never changed.
import { StringItemText } from "./rich-text";
import { scanXml } from "./xml";

export function readSharedStrings(text: string): string[] {
  const strings: string[] = [];
  const item = new StringItemText();
  let inItem = false;
  scanXml(text, {
    open(tag) {
      if (tag.name === "si") {
        inItem = true; // <si/> too: its close (reported for self-closing tags) adds ""
      } else if (inItem) {
        item.open(tag);
      }
    },
    close(tag) {
      if (tag.name === "si") {
        if (inItem) strings.push(item.take());
        inItem = false;
      } else if (inItem) {
        item.close(tag);
      }
    },
    text(t) {
      if (inItem) item.text(t);
    },
  });
  return strings;
}
