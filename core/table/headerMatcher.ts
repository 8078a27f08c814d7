import type { ColumnSpec, TableSpec } from "./declaration";
import type { CellValue } from "./sheetData";
import { normalizeHeader } from "../values/text";
import { caseMarked, figuresNamesOf, unbracketedCase, wordsColumnOf } from "./wordsColumn";

/**
 * Looks up which declared column a header text names, after normalisation (NFKC, spaces, `*`, units, Traditional).
 * A money column that declares words ({@link ColumnSpec.words}) also names its words column (`大写`, `借款金额大写`)
 * and answers to its names with 小写 (`借款金额小写`); a header with 大写 in brackets names words or nothing.
 */
export class HeaderMatcher {
  private readonly byText = new Map<string, ColumnSpec>();

  constructor(readonly spec: TableSpec) {
    for (const column of spec.columns) {
      for (const text of [
        ...column.synonyms,
        column.key,
        column.label["zh-CN"],
        column.label["zh-TW"],
        column.label.en,
      ]) {
        this.add(text, column);
      }
    }
    // the names made with 大写 / 小写 after every declared one, which they never displace
    for (const column of spec.columns) {
      const words = wordsColumnOf(column);
      if (words === null) continue;
      for (const text of figuresNamesOf(column)) this.add(text, column);
      for (const text of [...words.synonyms, words.label["zh-CN"], words.label["zh-TW"], words.label.en])
        this.add(text, words);
    }
  }

  private add(text: string, column: ColumnSpec): void {
    const key = normalizeHeader(text);
    if (key !== "" && !this.byText.has(key)) this.byText.set(key, column);
  }

  /** The column a header cell names, or undefined. */
  match(cell: CellValue): ColumnSpec | undefined {
    if (typeof cell !== "string") return undefined;
    const marked = cell.includes("写") || cell.includes("寫") ? caseMarked(cell) : null;
    if (marked !== null) {
      const found = this.byText.get(marked.name);
      if (found !== undefined || marked.words) return found;
    }
    return this.byText.get(normalizeHeader(cell));
  }

  /** The column a header text already normalised ({@link normalizeHeader}) names, or undefined. */
  matchNormalized(text: string): ColumnSpec | undefined {
    const unbracketed = text.includes("写") ? unbracketedCase(text) : null;
    return this.byText.get(unbracketed ?? text);
  }

  /** Keys of the distinct declared columns a row's cells name. */
  matchedKeys(cells: readonly CellValue[]): Set<string> {
    const keys = new Set<string>();
    for (const cell of cells) {
      const column = this.match(cell);
      if (column) keys.add(column.key);
    }
    return keys;
  }
}
