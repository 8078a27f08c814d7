import type { SheetData } from "../../table/sheetData";
import { readTable } from "../../table/readTable";
import { normalizeKey } from "../../values/text";
import type { IsoDate } from "../../values/isoDate";
import { excelSerialToIso } from "../../values/excelSerial";
import { OPEN_ITEMS_READBACK } from "./inputs";

/** What the clerk typed beside an open item on an earlier list: the follow-up and the expected completion date. */
export interface OpenNote {
  note: string | null;
  promised: string | null;
}

/** Ownership-key prefix of the open-items lists this job writes (`service-log/open/2026-11-30`). */
export const OPEN_ITEMS_KEY = "service-log/open/";

/** The key an open item is matched on between lists: its date, unit, type and content (NFKC, no spaces, case folded). */
export function openItemKey(
  date: IsoDate,
  unit: string | null,
  type: string,
  content: string | null,
): string {
  return [date, normalizeKey(unit ?? ""), normalizeKey(type), normalizeKey(content ?? "")].join("\u0001");
}

/**
 * The clerk's notes on the latest open-items list PropDesk wrote up to `asOf` (else the latest of all), by
 * {@link openItemKey}: what was typed in its 跟进情况 and 预计完成日期 columns, kept as typed (a promised date may be
 * `月底前`), so making the list again loses nothing.
 */
export function readOpenNotes(
  ownSheets: readonly SheetData[],
  asOf: IsoDate,
  date1904: boolean,
): Map<string, OpenNote> {
  const lists = ownSheets
    .filter((s) => s.ownerKey?.startsWith(OPEN_ITEMS_KEY))
    .sort((a, b) => (a.ownerKey! < b.ownerKey! ? 1 : -1));
  const previous = lists.find((s) => s.ownerKey!.slice(OPEN_ITEMS_KEY.length) <= asOf) ?? lists[0];
  const notes = new Map<string, OpenNote>();
  if (previous === undefined) return notes;
  const read = readTable(previous, OPEN_ITEMS_READBACK, { date1904 });
  for (const row of read.rows) {
    const { date, unit, type, content, note, promised } = row.values;
    if (date === null || type === null || (note === null && promised === null)) continue;
    notes.set(openItemKey(date, unit, type, content), { note, promised: promisedText(promised, date1904) });
  }
  return notes;
}

/** A promised date typed as a date (the text reader gives its serial, `46357`) as `2026-12-01`; other text as typed. */
function promisedText(text: string | null, date1904: boolean): string | null {
  if (text === null || !/^\d{5}$/u.test(text)) return text;
  const iso = excelSerialToIso(Number(text), date1904);
  return iso.ok ? iso.value : text;
}
