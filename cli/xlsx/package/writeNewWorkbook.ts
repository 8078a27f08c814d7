import type { SheetSpec } from "../../../core/index";
import { blankWorkbook } from "./blankWorkbook";
import { fileSink } from "./byteSink";
import { writeOutputFile, type ProtectedFile } from "./outputFile";
import { writePackage, type PackageWriteOptions, type PackageWritten } from "./writePackage";

/** Writes `out`: a new workbook of the SheetSpecs alone. Never writes over `inputs`, never leaves a half-written `out`. */
export async function writeNewWorkbook(args: {
  out: string;
  sheets: readonly SheetSpec[];
  inputs?: readonly ProtectedFile[];
  options?: PackageWriteOptions;
}): Promise<PackageWritten> {
  const blank = await blankWorkbook();
  let written: PackageWritten | undefined;
  await writeOutputFile(args.out, args.inputs ?? [], async (handle) => {
    written = await writePackage(blank, args.sheets, fileSink(handle), args.options);
  });
  if (written === undefined) throw new Error("The package was not written");
  return written;
}
