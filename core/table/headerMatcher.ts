import type { ColumnSpec, TableSpec } from "./declaration";
import type { CellValue } from "./sheetData";
import { normalizeHeader } from "../values/text";

/** Looks up which declared column a header text names, after normalisation (NFKC, spaces, `*`, units, Traditional). */
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
        const key = normalizeHeader(text);
        if (key !== "" && !this.byText.has(key)) this.byText.set(key, column);
      }
    }
  }

  /** The column a header cell names, or undefined. */
  match(cell: CellValue): ColumnSpec | undefined {
    if (typeof cell !== "string") return undefined;
    return this.byText.get(normalizeHeader(cell));
  }

  /** The column a header text already normalised ({@link normalizeHeader}) names, or undefined. */
  matchNormalized(text: string): ColumnSpec | undefined {
    return this.byText.get(text);
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
