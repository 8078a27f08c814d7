import { a1, columnNumber, type CellValue } from "../../core/index";
import type { ExcelContext, ExcelRunner, SheetVisibility } from "../excel/excelSubset";
import { formatAddress, sheetPrefix, type Rect } from "./cellRect";
import { lookAt, type CellLook } from "./cellLook";
import { SimContext, type SimEngine, type SyncRecord } from "./simContext";
import { SimError, type SimErrorCode } from "./simError";
import type { SimPageLayout, SimSheet, StoredValue } from "./simSheet";
import { SimWorkbook } from "./simWorkbook";

/** Excel on the web's limit on one request's, and one response's, payload. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5_000_000;

/** How a simulator starts. */
export interface SimulatorOptions {
  /** Bytes one sync's request or response may carry; Excel on the web's 5 MB by default. */
  payloadLimit?: number;
  date1904?: boolean;
}

/** What a test puts on a sheet it adds: a grid at an origin, number formats beside it, and sheet state. */
export interface SheetContent {
  values?: CellValue[][];
  /** 1-based position of `values[0][0]`; A1 by default. */
  origin?: { row: number; column: number };
  numberFormats?: string[][];
  /** Formulas (with `=`) by A1 address; a cell's value in `values`, if any, is kept as its last result. */
  formulas?: Record<string, string>;
  visibility?: SheetVisibility;
  protected?: boolean;
}

/** Everything observable in a workbook, as plain data, to compare a workbook before and after. */
export interface WorkbookSnapshot {
  sheets: {
    id: string;
    name: string;
    visibility: string;
    protected: boolean;
    cells: Record<string, { value: StoredValue | null; formula?: string; numberFormat: string }>;
    merges: string[];
    columnWidths: [number, number][];
    rowHeights: [number, number][];
    looks: number;
    freeze: { rows: number; columns: number };
    pageLayout: SimPageLayout;
    horizontalPageBreaks: number[];
  }[];
  names: { name: string; value: string; visible: boolean }[];
  active: string | null;
  selection: string | null;
}

/**
 * An in-memory Excel for tests and the preview page: `run` works like `Excel.run` over a {@link SimWorkbook},
 * every `context.sync()` is counted with its payload, and a test can put Excel in cell-edit mode or make the
 * n-th operation fail. Free of Node APIs.
 */
export class ExcelSimulator {
  readonly workbook: SimWorkbook;
  readonly payloadLimit: number;
  /** While true every sync fails with InvalidOperationInCellEditMode, as when a user is typing in a cell. */
  cellEditMode = false;
  /** Every sync so far, in order. */
  readonly syncs: SyncRecord[] = [];
  private operations = 0;
  private failure: { at: number; code: SimErrorCode } | null = null;

  constructor(options: SimulatorOptions = {}) {
    this.workbook = new SimWorkbook(options.date1904 ?? false);
    this.payloadLimit = options.payloadLimit ?? EXCEL_WEB_PAYLOAD_LIMIT;
  }

  /** Like `Excel.run`: runs the batch with a fresh context, syncs what it left queued, then closes the context. */
  readonly run: ExcelRunner = async <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
    const context = new SimContext(this.engine());
    try {
      const result = await batch(context);
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };

  /** Syncs so far. */
  get syncCount(): number {
    return this.syncs.length;
  }

  /** Operations run so far (every queued call and property set that reached Excel). */
  get operationCount(): number {
    return this.operations;
  }

  /** Forgets the syncs counted so far. */
  resetSyncs(): void {
    this.syncs.length = 0;
  }

  /** Makes the `n`-th operation from now (1 = the next) fail with `code`, once. */
  failOnOperation(n: number, code: SimErrorCode = "GeneralException"): void {
    this.failure = { at: this.operations + n, code };
  }

  /** Adds a sheet directly (no sync), for setting a workbook up. */
  addSheet(name: string, content: SheetContent = {}): SimSheet {
    const sheet = this.workbook.addSheet(name);
    const { row: top, column: left } = content.origin ?? { row: 1, column: 1 };
    content.values?.forEach((cells, i) => {
      cells.forEach((value, j) => {
        if (value !== null && value !== "") sheet.setConstant(top + i, left + j, value);
        const format = content.numberFormats?.[i]?.[j];
        if (format !== undefined && format !== "General") sheet.setNumberFormat(top + i, left + j, format);
      });
    });
    for (const [address, formula] of Object.entries(content.formulas ?? {})) {
      const m = /^([A-Z]+)(\d+)$/.exec(address);
      if (m === null) throw new Error(`addSheet: bad address ${address}`);
      const column = columnNumber(m[1] ?? "");
      const row = Number(m[2]);
      sheet.setFormula(row, column, formula, sheet.constant(row, column));
    }
    if (content.visibility !== undefined) sheet.visibility = content.visibility;
    sheet.protected = content.protected ?? false;
    return sheet;
  }

  /** The sheet named `name` (ignoring case); throws when there is none. */
  sheet(name: string): SimSheet {
    const sheet = this.workbook.find(name);
    if (sheet === undefined) throw new Error(`No sheet "${name}" in the simulator`);
    return sheet;
  }

  /** Sheet names in tab order. */
  sheetNames(): string[] {
    return this.workbook.sheets.map((s) => s.name);
  }

  /** A sheet's used range as `Range.values` shows it, empty cells as null; [] for an empty sheet. */
  values(name: string): CellValue[][] {
    const sheet = this.sheet(name);
    const rect = sheet.usedRect(true);
    if (rect === null) return [];
    return this.grid(rect, (row, column) => this.workbook.valueAt(sheet, row, column) ?? null);
  }

  /** The value `Range.values` shows for one cell (`D12`), null when empty. */
  valueAt(name: string, address: string): CellValue {
    const [row, column] = this.cell(address);
    return this.workbook.valueAt(this.sheet(name), row, column) ?? null;
  }

  /** The formula of one cell (with `=`), or undefined. */
  formulaAt(name: string, address: string): string | undefined {
    const [row, column] = this.cell(address);
    return this.sheet(name).formula(row, column);
  }

  /** The number format of one cell. */
  numberFormatAt(name: string, address: string): string {
    const [row, column] = this.cell(address);
    return this.sheet(name).numberFormat(row, column);
  }

  /** The look of one cell: font, fill, borders, alignment. */
  lookAt(name: string, address: string): CellLook {
    const [row, column] = this.cell(address);
    return lookAt(this.sheet(name).looks, row, column);
  }

  /** Defined names with their values, as `NamedItem.value` gives them. */
  names(): { name: string; value: string; visible: boolean }[] {
    return this.workbook.names.map((n) => ({
      name: n.name,
      value: this.workbook.nameValue(n),
      visible: n.visible,
    }));
  }

  /** The active sheet's name. */
  get activeSheet(): string | null {
    return this.workbook.active?.name ?? null;
  }

  /** The selection as `'Sheet'!A1`, or null. */
  get selection(): string | null {
    const s = this.workbook.selection;
    return s === null ? null : `${sheetPrefix(s.sheet.name)}${formatAddress(s.rect)}`;
  }

  /** Everything observable, as plain data. */
  snapshot(): WorkbookSnapshot {
    const book = this.workbook;
    return {
      sheets: book.sheets.map((sheet) => {
        const cells: WorkbookSnapshot["sheets"][number]["cells"] = {};
        const rect = sheet.usedRect(false);
        if (rect !== null) {
          for (let row = rect.top; row <= rect.bottom; row++) {
            for (let column = rect.left; column <= rect.right; column++) {
              const value = book.valueAt(sheet, row, column) ?? null;
              const formula = sheet.formula(row, column);
              const numberFormat = sheet.numberFormat(row, column);
              if (value === null && formula === undefined && numberFormat === "General") continue;
              cells[a1(column, row)] =
                formula === undefined ? { value, numberFormat } : { value, formula, numberFormat };
            }
          }
        }
        return {
          id: sheet.id,
          name: sheet.name,
          visibility: sheet.visibility,
          protected: sheet.protected,
          cells,
          merges: sheet.merges.map(formatAddress),
          columnWidths: [...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]),
          rowHeights: [...sheet.rowHeights.entries()].sort((a, b) => a[0] - b[0]),
          looks: sheet.looks.length,
          freeze: { ...sheet.freeze },
          pageLayout: {
            ...sheet.pageLayout,
            zoom: { ...sheet.pageLayout.zoom },
            headerFooter: { ...sheet.pageLayout.headerFooter },
          },
          horizontalPageBreaks: [...sheet.horizontalPageBreaks],
        };
      }),
      names: this.names(),
      active: this.activeSheet,
      selection: this.selection,
    };
  }

  private grid<V>(rect: Rect, cell: (row: number, column: number) => V): V[][] {
    const out: V[][] = [];
    for (let row = rect.top; row <= rect.bottom; row++) {
      const cells: V[] = [];
      for (let column = rect.left; column <= rect.right; column++) cells.push(cell(row, column));
      out.push(cells);
    }
    return out;
  }

  private cell(address: string): [number, number] {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address);
    if (m === null) throw new Error(`Not a cell address: ${address}`);
    return [Number(m[2]), columnNumber(m[1] ?? "")];
  }

  private engine(): SimEngine {
    return {
      workbook: this.workbook,
      payloadLimit: this.payloadLimit,
      inCellEditMode: () => this.cellEditMode,
      beforeOperation: (label) => {
        this.operations++;
        if (this.failure !== null && this.operations === this.failure.at) {
          const { code } = this.failure;
          this.failure = null;
          throw new SimError(code, `Injected failure at operation ${this.operations} (${label}).`);
        }
      },
      recordSync: (record) => this.syncs.push(record),
    };
  }
}
