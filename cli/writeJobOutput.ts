import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { SheetSpec } from "../core/index";
import { readEarlierOutput, type ForeignReason } from "./xlsx/package/earlierOutput";
import type { WrittenSheet } from "./xlsx/package/sheetPlacement";
import { openWorkbookPackage } from "./xlsx/package/workbookPackage";
import { writeNewWorkbook } from "./xlsx/package/writeNewWorkbook";
import type { PackageWriteOptions, RefusedSheet } from "./xlsx/package/writePackage";
import { writeWorkbookCopy } from "./xlsx/package/writeWorkbookCopy";

/** What was written. */
export interface OutputWritten {
  sheets: WrittenSheet[];
  /** PropDesk's sheets of other jobs or periods kept from the earlier output at the same path. */
  carried: { key: string; name: string }[];
  /** PropDesk's sheets of the earlier output that could not be kept, and why. */
  refused: RefusedSheet[];
  /** Sheets of the earlier output that were neither PropDesk's nor the input's, so not kept. */
  dropped: string[];
  /** Set when a file at the output path was written over with nothing kept from it, saying why. */
  overwritten: ForeignReason | undefined;
  /** True when the output holds macros but is not named `.xlsm`/`.xltm`, so Excel would refuse to open it. */
  needsMacroExtension: boolean;
}

/**
 * Writes the output: a copy of the input workbook with every part of it kept byte for byte (charts, pivot tables,
 * pictures, macros...) and the jobs' sheets added, or with `handin` a new workbook of PropDesk's sheets alone.
 * When the output file is an earlier output of this input, its PropDesk sheets of other jobs and periods are
 * kept (the input's own sheets come fresh from the input); any other file there is written over, and that is said.
 */
export async function writeJobOutput(args: {
  input: string;
  out: string;
  sheets: SheetSpec[];
  handin: boolean;
}): Promise<OutputWritten> {
  const inputBytes = new Uint8Array(await readFile(args.input));
  const inputSheets = openWorkbookPackage(inputBytes).workbook.sheets.map((s) => s.name);
  const earlier = await readEarlierOutput(args.out, inputSheets);
  const options: PackageWriteOptions = earlier.kind === "earlier" ? { carry: { from: earlier.bytes } } : {};
  const info = await stat(args.input);
  const written = args.handin
    ? await writeNewWorkbook({
        out: args.out,
        sheets: args.sheets,
        inputs: [{ path: args.input, dev: info.dev, ino: info.ino }],
        options,
      })
    : await writeWorkbookCopy({ input: args.input, out: args.out, sheets: args.sheets, options });
  const macroEnabled = /macroEnabled/i.test(written.workbookType);
  return {
    sheets: written.sheets,
    carried: written.carried,
    refused: written.refused,
    dropped: earlier.kind === "earlier" ? earlier.others : [],
    overwritten: earlier.kind === "foreign" ? earlier.reason : undefined,
    needsMacroExtension: macroEnabled && !/^\.xl[st]m$/i.test(extname(args.out)),
  };
}
