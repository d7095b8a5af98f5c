// The sheet a CSV file becomes is named after the file, except when that is the name of a sheet
// the product adds (the workbook layer's ADDED_SHEETS): the audit row, a rates block or a report
// never lands among the user's data.
import { promises as fs } from "node:fs";
import path from "node:path";
import { csvSheetName } from "../../src/cli/csv-input";
import { auditRecords, readBook, tempDir } from "./helpers";
import { verdeel } from "./run";

test("a file named like a sheet the product adds gets ' (CSV)', in any case; other names stay", () => {
  expect(csvSheetName("data/Verantwoording.csv")).toBe("Verantwoording (CSV)");
  expect(csvSheetName("tarieven.csv")).toBe("tarieven (CSV)");
  expect(csvSheetName("CONTROLE.txt")).toBe("CONTROLE (CSV)");
  expect(csvSheetName("kerncijfers.csv")).toBe("kerncijfers");
  expect(csvSheetName("Verantwoording 2023.csv")).toBe("Verantwoording 2023");
});

test("apply on Verantwoording.csv: the data on 'Verantwoording (CSV)', the audit row on its own sheet", async () => {
  const dir = await tempDir();
  await fs.writeFile(path.join(dir, "Verantwoording.csv"), "Gemeente;Inwoners\nBeesel;13478\n");
  const r = await verdeel(["apply", "Verantwoording.csv", "--schedule", "limburg-2020"], dir);
  expect(r.code).toBe(0);
  const wb = await readBook(path.join(dir, "Verantwoording.verdeeld.xlsx"));
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Verantwoording (CSV)", "Verantwoording"]);
  expect(wb.getWorksheet("Verantwoording (CSV)")!.getCell("C2").value).toBe(1078.24);
  const records = auditRecords(wb.getWorksheet("Verantwoording")!);
  expect(records.map((x) => [x.Invoerbestand.split(" ")[0], x.Blad])).toEqual([["Verantwoording.csv", "Verantwoording (CSV)"]]);
});
