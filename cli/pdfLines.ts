import type { Lang } from "../core/light";
import type { HandinPdf } from "./handinPdf";
import { CLI_TEXT, say } from "./texts";

/** What the command says about the PDF: where it was printed and what it lacks, or why there is none. */
export function pdfLines(pdf: HandinPdf, lang: Lang): string[] {
  switch (pdf.kind) {
    case "printed":
      return [
        say(CLI_TEXT.pdfPrinted, lang, { file: pdf.path, sheets: pdf.sheets.length }),
        ...pdf.left.map((name) => say(CLI_TEXT.pdfNotPrinted, lang, { name })),
      ];
    case "no-soffice":
      return [say(CLI_TEXT.pdfNoSoffice, lang)];
    case "no-sheets":
      return [say(CLI_TEXT.pdfNoSheets, lang)];
    case "failed":
      return [say(CLI_TEXT.pdfFailed, lang, { reason: pdf.reason })];
  }
}
