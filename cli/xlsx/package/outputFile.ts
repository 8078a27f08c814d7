import { randomBytes } from "node:crypto";
import type { Stats } from "node:fs";
import { open, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { UserError } from "../../userError";

/** A file an output must never be written over: its path, and its identity (device and inode) when known. */
export interface ProtectedFile {
  path: string;
  dev?: number;
  ino?: number;
}

/**
 * Writes an output file without ever leaving a half-written one: `write` fills a temporary file in the same
 * folder, which is synced and renamed over the target. Refuses (UserError) a folder as target and any of the
 * `inputs` (by path, or by identity through a link).
 */
export async function writeOutputFile(
  path: string,
  inputs: readonly (ProtectedFile | undefined)[],
  write: (handle: FileHandle) => Promise<void>,
): Promise<void> {
  const target = resolve(path);
  const existing = await stat(target).catch(() => undefined);
  refuseUnlessFile(existing, path);
  for (const input of inputs) {
    if (input === undefined) continue;
    const known = input.dev !== undefined ? input : await identity(input.path);
    const sameFile = existing !== undefined && known.dev === existing.dev && known.ino === existing.ino;
    if (sameFile || resolve(input.path) === target) {
      throw new UserError(`Refusing to write over the input workbook: ${path} (choose another output file)`, {
        code: "overwrite-input",
        params: { path },
      });
    }
  }

  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  try {
    const handle = await open(temporary, "wx");
    try {
      await write(handle);
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

/**
 * Refuses (UserError) an output path that holds something other than a regular file: a folder (`is-folder`), or a
 * pipe, device or socket (`not-a-file`), which a write would block on or send nowhere. Nothing there is fine.
 */
export function refuseUnlessFile(existing: Stats | undefined, path: string): void {
  if (existing === undefined || existing.isFile()) return;
  if (existing.isDirectory())
    throw new UserError(`Cannot write the workbook over a folder: ${path}`, {
      code: "is-folder",
      params: { path },
    });
  throw new UserError(`Not a file but a pipe or device, so nothing is written to it: ${path}`, {
    code: "not-a-file",
    params: { path },
  });
}

async function identity(path: string): Promise<ProtectedFile> {
  const info = await stat(path).catch(() => undefined);
  return { path: resolve(path), dev: info?.dev ?? -1, ino: info?.ino ?? -1 };
}

function writeError(error: unknown, path: string): unknown {
  const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
  const params = { path };
  if (code === "ENOENT" || code === "ENOTDIR") {
    const folder = dirname(path);
    return new UserError(`The folder does not exist: ${folder}`, {
      code: "no-folder",
      params: { path: folder },
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
  if (code === "ENOSPC" || code === "EDQUOT")
    return new UserError(`Cannot write ${path}: the disk is full`, {
      code: "disk-full",
      params,
      cause: error,
    });
  if (code === "EROFS")
    return new UserError(`Cannot write ${path}: the disk is read-only`, {
      code: "read-only",
      params,
      cause: error,
    });
  return error;
}
