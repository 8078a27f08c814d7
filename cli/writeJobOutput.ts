import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { SheetSpec } from "../core/index";
import { readEarlierOutput, type ForeignReason } from "./xlsx/package/earlierOutput";
import type { WrittenSheet } from "./xlsx/package/sheetPlacement";
import { openWorkbookPackage } from "./xlsx/package/workbookPackage";
import { writeNewWorkbook } from "./xlsx/package/writeNewWorkbook";
import type { PackageWriteOptions, RefusedSheet } from "./xlsx/package/writePackage";
import { writeWorkbookCopy } from "./xlsx/package/writeWorkbookCopy";
import { XlsxReadError } from "./xlsx/read/xlsxReadError";
import { UserError } from "./userError";

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
 * The refusal of an earlier output whose PropDesk sheets could not be read to be carried over: it is left as it
 * is rather than written over, and the reader is told how to go on.
 */
function earlierRefusal(error: XlsxReadError, out: string): UserError {
  const reason = error.message.replace(/\s+/g, " ").slice(0, 200);
  return new UserError(
    `The earlier output ${out} cannot be read to keep its sheets (${reason}); it was left as it is: move it away or choose another output with -o`,
    { code: "earlier-output-unreadable", params: { path: out, reason }, cause: error },
  );
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
  const write = () =>
    args.handin
      ? writeNewWorkbook({
          out: args.out,
          sheets: args.sheets,
          inputs: [{ path: args.input, dev: info.dev, ino: info.ino }],
          options,
        })
      : writeWorkbookCopy({ input: args.input, out: args.out, sheets: args.sheets, options });
  const written = await write().catch((error: unknown) => {
    throw earlier.kind === "earlier" && error instanceof XlsxReadError
      ? earlierRefusal(error, args.out)
      : error;
  });
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
