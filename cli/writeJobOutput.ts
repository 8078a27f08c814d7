import { extname } from "node:path";
import type { SheetSpec } from "../core/index";
import type { WrittenSheet } from "./xlsx/package/sheetPlacement";
import { writeWorkbookCopy } from "./xlsx/package/writeWorkbookCopy";

/** What was written. */
export interface OutputWritten {
  sheets: WrittenSheet[];
  /** True when the output holds macros but is not named `.xlsm`/`.xltm`, so Excel would refuse to open it. */
  needsMacroExtension: boolean;
}

/**
 * Writes the output copy: the input workbook with every part of it kept byte for byte (charts, pivot tables,
 * pictures, macros...) and the job's sheets added, replacing PropDesk's earlier sheets of the same keys.
 */
export async function writeJobOutput(args: {
  input: string;
  out: string;
  sheets: SheetSpec[];
}): Promise<OutputWritten> {
  const written = await writeWorkbookCopy(args);
  const macroEnabled = /macroEnabled/i.test(written.workbookType);
  const needsMacroExtension = macroEnabled && !/^\.xl[st]m$/i.test(extname(args.out));
  return { sheets: written.sheets, needsMacroExtension };
}
