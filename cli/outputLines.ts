import { basename } from "node:path";
import type { Lang } from "../core/light";
import { CARRY_REFUSALS, CLI_TEXT, FOREIGN_REASONS, say } from "./texts";
import type { OutputWritten } from "./writeJobOutput";

/**
 * What the command says it wrote: the file, each sheet (written, replaced, or kept from the earlier output), the
 * earlier output's sheets it could not keep, a file written over that was no earlier output, and the macro note.
 */
export function outputLines(written: OutputWritten, out: string, lang: Lang): string[] {
  const lines = [say(CLI_TEXT.wrote, lang, { file: out })];
  for (const sheet of written.sheets)
    lines.push(
      say(sheet.replaced ? CLI_TEXT.sheetReplaced : CLI_TEXT.sheetWritten, lang, { name: sheet.name }),
    );
  for (const sheet of written.carried) lines.push(say(CLI_TEXT.sheetKept, lang, { name: sheet.name }));
  for (const sheet of written.refused) {
    const reason = CARRY_REFUSALS[sheet.reason]?.[lang] ?? sheet.reason;
    lines.push(say(CLI_TEXT.sheetRefused, lang, { name: sheet.name, reason }));
  }
  for (const name of written.dropped) lines.push(say(CLI_TEXT.sheetDropped, lang, { name }));
  if (written.overwritten !== undefined) {
    const reason = FOREIGN_REASONS[written.overwritten]?.[lang] ?? written.overwritten;
    lines.push(say(CLI_TEXT.overwritten, lang, { file: out, reason }));
  }
  if (written.needsMacroExtension) lines.push(say(CLI_TEXT.macroExtension, lang, { file: basename(out) }));
  return lines;
}
