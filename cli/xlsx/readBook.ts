import type { Stats } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type ExcelJS from "exceljs";
import type { BookData } from "../../core/index";
import { UserError } from "../userError";
import { useChineseBuiltInFormats } from "./chineseBuiltInFormats";
import { xlsxKind, type XlsxInspection } from "./inspectXlsx";
import { readXlsxBook } from "./read/readXlsxBook";
import { XlsxReadError } from "./read/xlsxReadError";
import { MAX_FILE_BYTES } from "./read/readLimits";
import { damagedWorkbook, readRefusal } from "./readRefusal";
import { rememberSource } from "./sourceFile";
import { openZip } from "./zipArchive";

/** An .xlsx file as read: the core's view of it and the ExcelJS workbook to write into. */
export interface ReadXlsx {
  book: BookData;
  workbook: ExcelJS.Workbook;
}

/**
 * Reads an .xlsx file into the core's view of it, straight from the package (no ExcelJS): every worksheet
 * (hidden ones too) as Office.js would give it, each PropDesk sheet with its `ownerKey`. Throws `UserError`
 * naming the file when it is missing, a folder, not an .xlsx, an old .xls, password-protected, damaged (the
 * reason kept), or past a limit of `read/readLimits.ts` (a part or all parts too large, a sheet's range too large,
 * too many cells or shared strings).
 */
export async function readBookFile(path: string): Promise<BookData> {
  const { bytes } = await readInput(path);
  refuseKind(xlsxKind(bytes), bytes, path);
  return readBook(bytes, path);
}

/**
 * Reads an .xlsx file as `readBookFile` does, and loads it into ExcelJS besides, for the tests and scripts that
 * still write through an ExcelJS workbook (the command line reads with `readBookFile` and never loads ExcelJS).
 */
export async function readXlsxFile(path: string): Promise<ReadXlsx> {
  const { bytes, info } = await readInput(path);
  refuseKind(xlsxKind(bytes), bytes, path);
  const book = await readBook(bytes, path);
  const workbook = await loadWorkbook(bytes, path);
  rememberSource(workbook, { path: resolve(path), dev: info.dev, ino: info.ino });
  return { book, workbook };
}

async function readInput(path: string): Promise<{ bytes: Uint8Array; info: Stats }> {
  const info = await stat(path).catch((error: unknown) => {
    throw fileError(error, path);
  });
  if (info.isDirectory()) {
    throw new UserError(`Not a file but a folder: ${path}`, { code: "is-folder", params: { path } });
  }
  if (!info.isFile()) {
    throw new UserError(`Not a workbook file but a pipe or device: ${path}`, {
      code: "not-a-workbook-file",
      params: { path },
    });
  }
  if (info.size > MAX_FILE_BYTES) {
    const limit = String(MAX_FILE_BYTES / 1024 / 1024);
    throw new UserError(`The workbook file is larger than ${limit} MB, the largest one run reads: ${path}`, {
      code: "file-too-large",
      params: { path, limit },
    });
  }
  const bytes = await readFile(path).catch((error: unknown) => {
    throw fileError(error, path);
  });
  return { bytes, info };
}

function refuseKind(kind: XlsxInspection["kind"], bytes: Uint8Array, path: string): void {
  if (kind === "encrypted") {
    throw new UserError(
      `The workbook is password-protected: ${path} (remove the password in Excel, then try again)`,
      {
        code: "encrypted",
        params: { path },
      },
    );
  }
  if (kind === "xls") {
    throw new UserError(
      `Old Excel 97-2003 (.xls) workbooks are not supported: ${path} (save it as .xlsx in Excel first)`,
      {
        code: "old-xls",
        params: { path },
      },
    );
  }
  if (kind === "not-xlsx") {
    const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    if (zip)
      throw damagedWorkbook(
        path,
        "no zip directory, [Content_Types].xml or xl/workbook.xml: cut short, or another kind of zip file",
        undefined,
      );
    throw new UserError(`Not an .xlsx file: ${path}`, { code: "not-xlsx", params: { path } });
  }
}

async function readBook(bytes: Uint8Array, path: string): Promise<BookData> {
  const zip = openZip(bytes);
  if (zip === null) throw damagedWorkbook(path, "no zip directory", undefined);
  try {
    return await readXlsxBook(zip);
  } catch (error) {
    if (error instanceof XlsxReadError) throw readRefusal(error, path);
    throw error;
  }
}

async function loadWorkbook(bytes: Uint8Array, path: string): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import("exceljs");
  useChineseBuiltInFormats();
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw damagedWorkbook(path, error instanceof Error ? error.message : String(error), error);
  }
  return workbook;
}

function fileError(error: unknown, path: string): UserError {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  if (code === "ENOENT" || code === "ENOTDIR") {
    return new UserError(`File not found: ${path}`, {
      code: "file-not-found",
      params: { path },
      cause: error,
    });
  }
  if (code === "EACCES" || code === "EPERM") {
    return new UserError(`Permission denied, cannot read: ${path}`, {
      code: "cannot-read",
      params: { path },
      cause: error,
    });
  }
  if (code === "EISDIR")
    return new UserError(`Not a file but a folder: ${path}`, { code: "is-folder", params: { path } });
  return new UserError(`Cannot read ${path} (${code || "unknown error"})`, {
    code: "cannot-read",
    params: { path },
    cause: error,
  });
}
