import { mkdir, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { UserError } from "./userError";

/**
 * Makes a folder and the missing folders above it, one `mkdir` at a time (Node's recursive `mkdir` loops forever
 * under `/proc`); a folder already there is fine. A failure is a {@link UserError} naming the folder that could
 * not be made and why: `is-file` when a file is in the way, `disk-full`, `read-only`, or `cannot-make-folder`.
 */
export async function makeFolder(path: string): Promise<void> {
  const missing: string[] = [];
  let folder = resolve(path);
  for (;;) {
    const info = await stat(folder).catch(() => undefined);
    if (info?.isDirectory() === true) break;
    if (info !== undefined)
      throw new UserError(`Not a folder but a file: ${folder}`, {
        code: "is-file",
        params: { path: folder },
      });
    missing.unshift(folder);
    const parent = dirname(folder);
    if (parent === folder) break;
    folder = parent;
  }
  for (const each of missing) {
    try {
      await mkdir(each);
    } catch (error) {
      const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
      if (code === "EEXIST" && (await stat(each)).isDirectory()) continue;
      const params = { path: each };
      if (code === "ENOSPC" || code === "EDQUOT")
        throw new UserError(`Cannot make the folder ${each}: the disk is full`, {
          code: "disk-full",
          params,
          cause: error,
        });
      if (code === "EROFS")
        throw new UserError(`Cannot make the folder ${each}: the disk is read-only`, {
          code: "read-only",
          params,
          cause: error,
        });
      throw new UserError(`Cannot make the folder ${each}`, {
        code: "cannot-make-folder",
        params,
        cause: error,
      });
    }
  }
}
