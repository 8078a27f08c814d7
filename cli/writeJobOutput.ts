import ExcelJS from "exceljs";
import type { SheetSpec } from "../core/index";
import { writeSheets } from "./xlsx/writeSheets";
import { saveXlsx } from "./xlsx/saveBook";

/** What was written where. */
export interface OutputWritten {
  /** True when the job's sheets went to a workbook of their own (the input has parts a copy would lose). */
  separate: boolean;
  sheets: { key: string; name: string; replaced: boolean }[];
}

/**
 * Writes the output copy: the input's sheets plus the job's, or - when the input holds what ExcelJS
 * cannot carry (charts, pivot tables, macros...) - the job's sheets alone, so no workbook is degraded.
 */
export async function writeJobOutput(args: {
  input: string;
  out: string;
  workbook: ExcelJS.Workbook;
  features: string[];
  sheets: SheetSpec[];
}): Promise<OutputWritten> {
  const separate = args.features.length > 0;
  const target = separate ? new ExcelJS.Workbook() : args.workbook;
  const { written } = writeSheets(target, args.sheets);
  await saveXlsx(target, args.out, args.input);
  return { separate, sheets: written };
}
