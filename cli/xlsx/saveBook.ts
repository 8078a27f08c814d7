import { randomBytes } from "node:crypto";
import { open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Workbook } from "exceljs";
import { UserError } from "../userError";
import { sourceOf } from "./sourceFile";

/**
 * Saves a workbook as .xlsx without ever leaving a half-written file: it writes a temporary file in the
 * same folder and renames it over the target. Refuses (UserError) to write over the file the workbook was
 * read from, or over `inputPath` when given.
 */
export async function saveXlsx(workbook: Workbook, path: string, inputPath?: string): Promise<void> {
  const target = resolve(path);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory() === true) {
    throw new UserError(`Cannot write the workbook over a folder: ${path}`, {
      code: "is-folder",
      params: { path },
    });
  }
  const inputs = [sourceOf(workbook), inputPath === undefined ? undefined : await identity(inputPath)];
  for (const input of inputs) {
    if (input === undefined) continue;
    const sameFile = existing !== undefined && input.dev === existing.dev && input.ino === existing.ino;
    if (sameFile || input.path === target) {
      throw new UserError(`Refusing to write over the input workbook: ${path} (choose another output file)`, {
        code: "overwrite-input",
        params: { path },
      });
    }
  }

  const data = await workbook.xlsx.writeBuffer();
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    const handle = await open(temporary, "wx");
    try {
      await handle.writeFile(new Uint8Array(data));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw writeError(error, path);
  }
}

async function identity(path: string): Promise<{ path: string; dev: number; ino: number }> {
  const info = await stat(path).catch(() => undefined);
  return { path: resolve(path), dev: info?.dev ?? -1, ino: info?.ino ?? -1 };
}

function writeError(error: unknown, path: string): unknown {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const params = { path };
  if (code === "ENOENT" || code === "ENOTDIR") {
    return new UserError(`The folder does not exist: ${dirname(path)}`, {
      code: "no-folder",
      params,
      cause: error,
    });
  }
  if (code === "EACCES" || code === "EPERM" || code === "EBUSY") {
    return new UserError(`Cannot write ${path} (no permission, or the file is open in another program)`, {
      code: "cannot-write",
      params,
      cause: error,
    });
  }
  if (code === "ENOSPC" || code === "EROFS") {
    return new UserError(`Cannot write ${path} (${code === "ENOSPC" ? "disk full" : "read-only disk"})`, {
      code: "cannot-write",
      params,
      cause: error,
    });
  }
  return error;
}
