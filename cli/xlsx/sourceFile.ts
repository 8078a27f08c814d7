import type { Workbook } from "exceljs";

/** The file a workbook was read from: its resolved path and its file identity (device and inode). */
export interface SourceFile {
  path: string;
  dev: number;
  ino: number;
}

const sources = new WeakMap<Workbook, SourceFile>();

/** Records the file a workbook was read from, so it is never written over. */
export function rememberSource(workbook: Workbook, source: SourceFile): void {
  sources.set(workbook, source);
}

/** The file a workbook was read from, if `readXlsxFile` read it. */
export function sourceOf(workbook: Workbook): SourceFile | undefined {
  return sources.get(workbook);
}
