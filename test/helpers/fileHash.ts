import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

/** The SHA-256 of a file's bytes, to prove a command left its input untouched. */
export async function fileHash(path: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
}
