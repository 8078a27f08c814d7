import type { BookData } from "../../core/index";
import { ExcelSimulator, type SimulatorOptions } from "./excelSimulator";

/** A simulator holding a workbook given as the core sees it (e.g. generated bench data or demo sheets). */
export function simFromBook(
  book: BookData,
  options: Omit<SimulatorOptions, "date1904"> = {},
): ExcelSimulator {
  const sim = new ExcelSimulator({ ...options, date1904: book.date1904 });
  for (const sheet of book.sheets) {
    sim.addSheet(sheet.name, {
      values: sheet.values,
      origin: sheet.origin,
      ...(sheet.numberFormats === undefined ? {} : { numberFormats: sheet.numberFormats }),
    });
  }
  return sim;
}
