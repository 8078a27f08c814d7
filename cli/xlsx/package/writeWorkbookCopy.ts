import { readFile, stat } from "node:fs/promises";
import type { SheetSpec } from "../../../core/index";
import { fileSink } from "./byteSink";
import { writeOutputFile } from "./outputFile";
import { writePackage, type PackageWriteOptions, type PackageWritten } from "./writePackage";

/**
 * Writes `out`: the workbook file `input` with the SheetSpecs added or replacing PropDesk's earlier ones, every
 * other part of it copied byte for byte ({@link writePackage}). Never writes over `input`, never leaves a
 * half-written `out`.
 */
export async function writeWorkbookCopy(args: {
  input: string;
  out: string;
  sheets: readonly SheetSpec[];
  options?: PackageWriteOptions;
}): Promise<PackageWritten> {
  const [bytes, info] = await Promise.all([readFile(args.input), stat(args.input)]);
  let written: PackageWritten | undefined;
  await writeOutputFile(args.out, [{ path: args.input, dev: info.dev, ino: info.ino }], async (handle) => {
    written = await writePackage(bytes, args.sheets, fileSink(handle), args.options);
  });
  if (written === undefined) throw new Error("The package was not written");
  return written;
}
