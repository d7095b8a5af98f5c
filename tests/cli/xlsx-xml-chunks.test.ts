// Joining exceljs's XML pieces while verdeel renders: the same XML, rollbacks intact, and
// exceljs's XmlStream as it was afterwards.
import { exceljsXmlStream, PIECES, withJoinedXml, type XmlStream } from "../../src/cli/xlsx-xml-chunks";

/** Writes `rows` rows of cells much like a sheet's rows; `during` runs in the middle. */
function write(stream: XmlStream, rows: number, during?: () => void): string {
  stream.openNode("sheetData");
  for (let r = 1; r <= rows; r++) {
    stream.openNode("row", { r });
    stream.leafNode("c", { r: `D${r}`, s: 3 }, r * 7);
    stream.leafNode("c", { r: `E${r}`, t: "s" }, "<&>");
    stream.closeNode();
    if (r === Math.floor(rows / 2)) during?.();
  }
  stream.closeNode();
  return stream.xml;
}

const pieceCount = (stream: XmlStream): number => (stream as unknown as { _xml: string[] })._xml.length;

describe("xlsx-xml-chunks: exceljs's XML pieces joined while rendering", () => {
  const XmlStream = exceljsXmlStream();
  const rows = 3 * PIECES;

  test("the same XML, from far fewer live pieces", async () => {
    const plain = write(new XmlStream(), rows);
    const joined = await withJoinedXml(async () => {
      const stream = new XmlStream();
      const xml = write(stream, rows);
      expect(pieceCount(stream)).toBeLessThan(2 * PIECES);
      return xml;
    });
    expect(joined).toBe(plain);
  });

  test("a rollback open across many pieces: nothing is joined under it, rolling back and committing work as before", async () => {
    const openRollback = (stream: XmlStream, end: "rollback" | "commit"): void => {
      stream.addRollback();
      stream.openNode("extLst");
      for (let i = 0; i < 2 * PIECES; i++) stream.leafNode("ext", { uri: i });
      stream.closeNode();
      if (end === "rollback") stream.rollback();
      else stream.commit();
    };
    for (const end of ["rollback", "commit"] as const) {
      const plain = write(new XmlStream(), rows);
      const plainStream = new XmlStream();
      const expected = write(plainStream, rows, () => openRollback(plainStream, end));
      const actual = await withJoinedXml(async () => {
        const stream = new XmlStream();
        return write(stream, rows, () => openRollback(stream, end));
      });
      expect(actual).toBe(expected);
      if (end === "rollback") expect(actual).toBe(plain);
      else expect(actual).toContain(`<ext uri="${2 * PIECES - 1}"/>`);
    }
  });

  test("exceljs's closeNode is itself again afterwards, also when rendering fails", async () => {
    const original = XmlStream.prototype.closeNode;
    await withJoinedXml(async () => {
      expect(XmlStream.prototype.closeNode).not.toBe(original);
    });
    expect(XmlStream.prototype.closeNode).toBe(original);
    await expect(
      withJoinedXml(async () => {
        throw new Error("kapot");
      }),
    ).rejects.toThrow("kapot");
    expect(XmlStream.prototype.closeNode).toBe(original);
  });
});
