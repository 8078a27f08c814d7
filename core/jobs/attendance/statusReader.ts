import { issue, type Issue } from "../../issues";
import {
  isConventionalAbsence,
  isLateAndEarly,
  isPlaceholder,
  parseStatus,
  statusKey,
  wholeDayMarks,
  type DayMarks,
  type Mark,
} from "./marks";
import { meaningOf } from "./meanings";
import type { CellSource } from "./records";
import type { Legend } from "./sheetLegend";
import { MARK_TEXT } from "./texts";

/** A cell that records nothing. */
const NOTHING: DayMarks = Object.freeze({ am: null, pm: null });

/** Which row of a person a half-day cell is on: the morning's (上午) or the afternoon's (下午). */
export type Half = "am" | "pm";

/**
 * Reads the status cells of one sheet (docs/jobs/attendance.md#the-offices-legend). With a legend, a cell is
 * read by it first: its symbols, then the placeholders (`/`, 未入职…) and words that spell a meaning out
 * (出勤, 病假, 出差, 迟到早退); any other symbol is `legend_symbol_undefined` (error at the cell), even one the
 * built-in symbols know. Without a legend the built-in symbols apply, and each symbol that means an absence
 * only by convention (×) is named once, with the number of cells, in a `status_meaning_assumed` warning.
 */
export class StatusReader {
  private readonly assumed = new Map<string, { symbol: string; at: CellSource; count: number }>();
  private readonly symbols: string;

  constructor(
    private readonly legend: Legend | null,
    private readonly issues: Issue[],
  ) {
    this.symbols = legend === null ? "" : [...legend.entries.values()].map((e) => e.symbol).join(" ");
  }

  /** The day a status cell records (both halves null for an empty cell or a placeholder), or null with an error at the cell. */
  read(text: string, at: CellSource): DayMarks | null {
    if (this.legend === null) return this.readBuiltIn(text, at);
    const key = statusKey(text);
    if (key === "") return NOTHING;
    const whole = this.markOf(key);
    if (whole !== null) return wholeDayMarks(whole);
    if (isPlaceholder(key)) return NOTHING;
    if (isLateAndEarly(key)) return { am: "late", pm: "early" };
    const parts = key.split("/");
    if (parts.length === 2) {
      const [am, pm] = parts.map((part) => (part === "" ? null : (this.markOf(part) ?? undefined)));
      if (am !== undefined && pm !== undefined && (am !== null || pm !== null)) return { am, pm };
    }
    this.issues.push(issue("legend_symbol_undefined", "error", at, { value: text, symbols: this.symbols }));
    return null;
  }

  /**
   * The mark a cell on a half-day row (上午 or 下午) records for that half: the cell's one mark (`迟` is late,
   * `早` early, `迟早` late in the morning and early in the afternoon); null for an empty cell, undefined with
   * an error at the cell when the cell is unreadable or names two different halves (`事/√`).
   */
  readHalf(text: string, at: CellSource, half: Half): Mark | null | undefined {
    const marks = this.read(text, at);
    if (marks === null) return undefined;
    const { am, pm } = marks;
    if (am === pm) return am;
    if (am === "late" && pm === "early") return half === "am" ? "late" : "early";
    if (am === "late" && pm === "present") return "late";
    if (am === "present" && pm === "early") return "early";
    this.issues.push(issue("unknown_status", "error", at, { value: text }));
    return undefined;
  }

  /** Adds the `status_meaning_assumed` warnings, one per symbol at its first cell; call once the sheet is read. */
  finish(): void {
    for (const { symbol, at, count } of this.assumed.values()) {
      this.issues.push(
        issue("status_meaning_assumed", "warning", at, { symbol, meaning: MARK_TEXT.absent, count }),
      );
    }
    this.assumed.clear();
  }

  private markOf(key: string): Mark | null {
    return this.legend?.entries.get(key)?.mark ?? meaningOf(key);
  }

  private readBuiltIn(text: string, at: CellSource): DayMarks | null {
    const marks = parseStatus(text);
    if (marks === null) {
      this.issues.push(issue("unknown_status", "error", at, { value: text }));
      return null;
    }
    if (marks.am === "absent" || marks.pm === "absent") {
      for (const part of statusKey(text).split("/")) {
        if (!isConventionalAbsence(part)) continue;
        const seen = this.assumed.get(part);
        if (seen === undefined) this.assumed.set(part, { symbol: part.toUpperCase(), at, count: 1 });
        else seen.count++;
      }
    }
    return marks;
  }
}
