import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import type { BookData, SheetData } from "../../core/index";
import { UserError } from "../userError";
import { useChineseBuiltInFormats } from "./chineseBuiltInFormats";
import { inspectXlsx } from "./inspectXlsx";
import { ownedSheets } from "./ownership";
import { readSheet } from "./readSheet";
import { rememberSource } from "./sourceFile";

/** An .xlsx file as read: the core's view of it, the ExcelJS workbook to write into, and what a copy would lose. */
export interface ReadXlsx {
  book: BookData;
  workbook: ExcelJS.Workbook;
  /** Human-readable names of what ExcelJS cannot carry into an output copy, e.g. `["charts"]`. */
  features: string[];
}

/**
 * Reads an .xlsx file: every worksheet (hidden ones too) as Office.js would give it, each PropDesk sheet with
 * its `ownerKey`. Throws `UserError` naming the file when it is missing, a folder, not an .xlsx, an old .xls,
 * password-protected or damaged.
 */
export async function readXlsxFile(path: string): Promise<ReadXlsx> {
  const info = await stat(path).catch((error: unknown) => {
    throw fileError(error, path);
  });
  if (info.isDirectory()) {
    throw new UserError(`Not a file but a folder: ${path}`, { code: "is-folder", params: { path } });
  }
  const bytes = await readFile(path).catch((error: unknown) => {
    throw fileError(error, path);
  });

  const { kind, features } = inspectXlsx(bytes);
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
    throw new UserError(
      zip
        ? `Not a readable .xlsx workbook (damaged, or another kind of zip file): ${path}`
        : `Not an .xlsx file: ${path}`,
      { code: zip ? "damaged" : "not-xlsx", params: { path } },
    );
  }

  useChineseBuiltInFormats();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error))
      .replace(/\s+/g, " ")
      .slice(0, 200);
    throw new UserError(`The .xlsx file is damaged and cannot be read: ${path} (${reason})`, {
      code: "damaged",
      params: { path, reason },
      cause: error,
    });
  }
  rememberSource(workbook, { path: resolve(path), dev: info.dev, ino: info.ino });

  const date1904 = workbook.properties.date1904 === true;
  const owners = ownedSheets(workbook);
  const sheets = workbook.worksheets.map((worksheet): SheetData => {
    const sheet = readSheet(worksheet, date1904);
    const owner = owners.find((o) => o.sheet === worksheet);
    return owner === undefined ? sheet : { ...sheet, ownerKey: owner.key };
  });
  return { book: { sheets, date1904 }, workbook, features };
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
