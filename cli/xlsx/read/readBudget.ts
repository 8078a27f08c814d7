import { MAX_CELLS, MAX_READ_BYTES } from "./readLimits";
import { XlsxReadError } from "./xlsxReadError";

/**
 * What one read of a workbook may still take: bytes inflated across its parts and non-empty cells across its
 * sheets. Each part and each cell read takes from it; past either limit the read is refused.
 */
export class ReadBudget {
  private bytesLeft: number;
  private cellsLeft: number;

  constructor(
    private readonly maxBytes: number = MAX_READ_BYTES,
    private readonly maxCells: number = MAX_CELLS,
  ) {
    this.bytesLeft = maxBytes;
    this.cellsLeft = maxCells;
  }

  /** Takes `count` more inflated bytes of `part`; throws `XlsxReadError("workbook-too-large")` past the limit. */
  inflate(part: string, count: number): void {
    this.bytesLeft -= count;
    if (this.bytesLeft >= 0) return;
    const limit = String(Math.round(this.maxBytes / 1024 / 1024));
    throw new XlsxReadError(
      "workbook-too-large",
      `the workbook's parts inflate to more than ${limit} MB together (at ${part})`,
      { part, limit },
    );
  }

  /** Takes one more non-empty cell of `sheet`; throws `XlsxReadError("too-many-cells")` past the limit. */
  cell(sheet: string): void {
    if (--this.cellsLeft >= 0) return;
    throw new XlsxReadError(
      "too-many-cells",
      `sheet "${sheet}" takes the cells read past ${this.maxCells}, the most one read takes`,
      { sheet, limit: String(this.maxCells) },
    );
  }
}
