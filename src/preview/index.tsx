// The preview page's entry (preview.html): the example workbook in memory, the real task pane.
//   ?lang=en     English pane and sheet (default: Dutch)
//   ?rows=342    a synthetic workbook of that many municipalities instead (for measuring)
//   ?example=controle  the controle example (contributions filled in, one wrong) instead, nml-2023 chosen
//   ?example=gooi      the six Gooi en Vechtstreek municipalities (CBS 1-1-2020) instead
import { createRoot } from "react-dom/client";
import type { Lang } from "../excel/host";
import { controleBook, exampleBook, gooiBook, syntheticBook } from "./example-book";
import { MemoryHost } from "./memory-host";
import { PreviewPage } from "./PreviewPage";

const params = new URLSearchParams(window.location.search);
const lang: Lang = params.get("lang") === "en" ? "en" : "nl";
const rows = Number(params.get("rows") ?? "");
const book =
  Number.isInteger(rows) && rows >= 2
    ? syntheticBook(Math.min(rows, 100000))
    : params.get("example") === "controle"
      ? controleBook()
      : params.get("example") === "gooi"
        ? gooiBook()
        : exampleBook();
// The controle example's figures are nml-2023's: chosen already, as a workbook that was filled in would remember.
const choices = params.get("example") === "controle" ? { scheduleId: "nml-2023" } : undefined;
const host = new MemoryHost(book, { language: lang, ...(choices ? { choices } : {}) });
document.documentElement.lang = lang === "nl" ? "nl" : "en";

// For people poking around in the console, and for the bench: the workbook and its host.
(window as unknown as { verdeelPreview: unknown }).verdeelPreview = { book, host };

const container = document.getElementById("container");
if (!container) throw new Error("preview.html has no #container");
createRoot(container).render(<PreviewPage host={host} book={book} lang={lang} />);
