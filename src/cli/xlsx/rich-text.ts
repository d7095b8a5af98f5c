// The text of a string item (<si> in sharedStrings.xml, <is> in a cell): its <t> elements
// joined, rich-text runs included, phonetic guides (<rPh>) left out, _xHHHH_ decoded.
import { decodeXstring, type StartTag, type XmlVisitor } from "./xml";

/**
 * Collects the text of string items for a scanner: call `open`/`close`/`text` from the
 * scanner's visitor while inside the item; `take()` returns the text and starts the next item.
 */
export class StringItemText implements XmlVisitor {
  private parts: string[] = [];
  private inT = 0;
  private inPhonetic = 0;

  open(tag: StartTag): void {
    if (tag.name === "t" && !tag.selfClosing) this.inT++;
    else if (tag.name === "rPh" && !tag.selfClosing) this.inPhonetic++;
  }

  close(tag: { name: string }): void {
    if (tag.name === "t" && this.inT > 0) this.inT--;
    else if (tag.name === "rPh" && this.inPhonetic > 0) this.inPhonetic--;
  }

  text(text: string): void {
    if (this.inT > 0 && this.inPhonetic === 0) this.parts.push(text);
  }

  take(): string {
    const joined = this.parts.length === 1 ? this.parts[0] : this.parts.join("");
    this.parts = [];
    this.inT = 0;
    this.inPhonetic = 0;
    return decodeXstring(joined);
  }
}
