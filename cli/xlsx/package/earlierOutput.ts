import { readFile, stat } from "node:fs/promises";
import { refuseUnlessFile } from "./outputFile";
import { ownerMarkers } from "./ownerMarkers";
import { openWorkbookPackage } from "./workbookPackage";

/** Why a file at the output path is not an earlier output of the input, so nothing of it is carried. */
export type ForeignReason =
  /** It is no readable .xlsx package. */
  | "unreadable"
  /** It holds no sheet marked as PropDesk's. */
  | "no-propdesk-sheets"
  /** None of its own sheets is a sheet of the input: PropDesk's output of another workbook, or a user's file. */
  | "other-workbook";

/** What the output path holds before a write. */
export type EarlierOutput =
  | { kind: "none" }
  /** An earlier output of this input: its bytes, and its sheets that are neither PropDesk's nor the input's (not kept). */
  | { kind: "earlier"; bytes: Uint8Array; others: string[] }
  | { kind: "foreign"; reason: ForeignReason };

/**
 * Looks at the file at an output path, refusing a pipe or device (`refuseUnlessFile`): none (or a folder, which
 * the write refuses), an earlier output of the input whose sheets are the input's `inputSheets` (its PropDesk
 * sheets are then carried), or something else.
 * An earlier output is a readable .xlsx with PropDesk's marked sheets whose other sheets, if any, include one of
 * the input's (by name, ignoring case); a hand-in workbook holds PropDesk's sheets alone.
 */
export async function readEarlierOutput(
  path: string,
  inputSheets: readonly string[],
): Promise<EarlierOutput> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined || info.isDirectory()) return { kind: "none" };
  refuseUnlessFile(info, path);
  let opened;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
    opened = openWorkbookPackage(bytes);
  } catch {
    return { kind: "foreign", reason: "unreadable" };
  }
  const marked = new Set(ownerMarkers(opened.workbook).flatMap((m) => m.sheets));
  if (marked.size === 0) return { kind: "foreign", reason: "no-propdesk-sheets" };
  const input = new Set(inputSheets.map((name) => name.toLowerCase()));
  const own = opened.workbook.sheets.map((s) => s.name).filter((name) => !marked.has(name));
  const others = own.filter((name) => !input.has(name.toLowerCase()));
  if (own.length > 0 && others.length === own.length) return { kind: "foreign", reason: "other-workbook" };
  return { kind: "earlier", bytes, others };
}
