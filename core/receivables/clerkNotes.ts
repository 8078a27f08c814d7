import type { IsoDate } from "../values/isoDate";
import type { SheetData } from "../table/sheetData";
import { readTable } from "../table/readTable";
import { normalizeKey } from "../values/text";
import { columnNumber } from "../values/columnLetter";
import { FOLLOW_UP_TABLE } from "./inputs";
import type { FollowUp } from "./records";

/** What a clerk wrote about a unit's unpaid fee: the reason and the promised payment date. */
export interface ClerkNote {
  reason: string | null;
  expectedDate: IsoDate | null;
  /** What was typed in the previous list's expected-date column when it is not a date (`月底前`), kept as text. */
  expectedText?: string;
}

/** Ownership-key prefix of the receivables list sheets this job writes. */
export const RECEIVABLES_KEY = "collection/receivables/";

function keyOf(unit: string, feeType: string): string {
  return `${normalizeKey(unit)}\u0001${normalizeKey(feeType)}`;
}

/**
 * The clerk's notes per unit and fee type: what was typed into the reason and expected-date columns of the
 * latest earlier receivables list PropDesk wrote (so regenerating it loses nothing; an expected date typed
 * as text that is no date, `月底前`, is kept as text), then the follow-up sheet (its last row for a unit and fee
 * type, the newest in an appended log) for what the list leaves empty. Where both give a promised date the later
 * one is kept: a clerk who records a new promise in the follow-up sheet moves the date on.
 */
export class ClerkNotes {
  private readonly notes = new Map<string, ClerkNote>();

  constructor(followUps: readonly FollowUp[], ownSheets: readonly SheetData[], date1904: boolean) {
    const previous = ownSheets
      .filter((s) => s.ownerKey?.startsWith(RECEIVABLES_KEY))
      .sort((a, b) => (a.ownerKey! < b.ownerKey! ? 1 : -1))[0];
    if (previous) {
      const read = readTable(previous, FOLLOW_UP_TABLE, { date1904 });
      const dateColumn = read.columns.expectedDate;
      for (const row of read.rows) {
        const { unit, feeType, reason, expectedDate } = row.values;
        if (unit === null || feeType === null) continue;
        const text = expectedDate === null && dateColumn ? textAt(previous, row.row, dateColumn) : null;
        if (text !== null) this.notes.set(keyOf(unit, feeType), { reason, expectedDate, expectedText: text });
        else if (reason !== null || expectedDate !== null) {
          this.notes.set(keyOf(unit, feeType), { reason, expectedDate });
        }
      }
    }
    const latest = new Map<string, FollowUp>();
    for (const note of followUps) latest.set(keyOf(note.unit, note.feeType), note);
    for (const [key, note] of latest) {
      const had = this.notes.get(key);
      const listed = had?.expectedDate ?? null;
      const noted = had?.expectedText === undefined ? note.expectedDate : null;
      this.notes.set(key, {
        ...had,
        reason: had?.reason ?? note.reason,
        expectedDate: listed === null ? noted : noted === null || listed >= noted ? listed : noted,
      });
    }
  }

  /** The note for a unit and fee type, if any. */
  get(unit: string, feeType: string): ClerkNote | undefined {
    return this.notes.get(keyOf(unit, feeType));
  }
}

/** The text typed in a cell (Excel row, column letters), or null when it holds no text. */
function textAt(sheet: SheetData, row: number, column: string): string | null {
  const value = sheet.values[row - sheet.origin.row]?.[columnNumber(column) - sheet.origin.column];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}
