import type { ExcelCellValue, ExcelRange, ExcelRangeAreas } from "../excel/excelSubset";
import { formatAddress, overlaps, rectCells, sheetPrefix, type Rect } from "./cellRect";
import { jsonBytes } from "./payloadBytes";
import { SimRangeFormatProxy } from "./rangeFormatProxy";
import { SimError } from "./simError";
import { Binding, loadPaths, SimProxy, unknownProperty } from "./simProxy";
import type { SimContext } from "./simContext";
import type { SimSheet } from "./simSheet";
import type { CellInput } from "./simWorkbook";

/** What a range proxy stands for. */
export interface RangeTarget {
  sheet: SimSheet;
  rect: Rect;
}

const LOADABLE = [
  "address",
  "rowIndex",
  "columnIndex",
  "rowCount",
  "columnCount",
  "values",
  "formulas",
  "numberFormat",
] as const;
const GRIDS = new Set(["values", "formulas", "numberFormat"]);

/** The simulated `Range`. */
export class SimRangeProxy extends SimProxy<RangeTarget> implements ExcelRange {
  readonly format: SimRangeFormatProxy;

  private constructor(context: SimContext, binding: Binding<RangeTarget>) {
    super(context, binding);
    this.format = new SimRangeFormatProxy(context, binding);
  }

  /** A range proxy bound by a queued operation; `resolve` runs during the sync. */
  static created(context: SimContext, label: string, resolve: () => RangeTarget | null): SimRangeProxy {
    const proxy = new SimRangeProxy(context, new Binding<RangeTarget>());
    context.enqueue(label, () => {
      proxy.binding.bind(resolve());
      proxy.resolveOnSync();
    });
    return proxy;
  }

  get address(): string {
    return this.read("address");
  }

  get rowIndex(): number {
    return this.read("rowIndex");
  }

  get columnIndex(): number {
    return this.read("columnIndex");
  }

  get rowCount(): number {
    return this.read("rowCount");
  }

  get columnCount(): number {
    return this.read("columnCount");
  }

  get values(): ExcelCellValue[][] {
    return this.read("values");
  }

  set values(values: ExcelCellValue[][]) {
    this.queueCells("Range.values", values);
  }

  get formulas(): ExcelCellValue[][] {
    return this.read("formulas");
  }

  set formulas(formulas: ExcelCellValue[][]) {
    this.queueCells("Range.formulas", formulas);
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }

  set numberFormat(formats: string[][] | string) {
    this.queueOn(
      "Range.numberFormat",
      ({ sheet, rect }) => {
        this.context.book.checkEditable(sheet);
        forEachInput(rect, formats, "Range.numberFormat", (row, column, format) => {
          if (format !== null) sheet.setNumberFormat(row, column, String(format));
        });
      },
      jsonBytes(formats),
    );
  }

  load(propertyNames: string): SimRangeProxy {
    const properties = loadPaths(propertyNames).map((p) => p.join("/"));
    for (const p of properties)
      if (!(LOADABLE as readonly string[]).includes(p)) throw unknownProperty("Range", p);
    this.queueLoad(
      "Range.load",
      properties,
      (target, p) => this.snapshot(target, p),
      (p, value) => (GRIDS.has(p) ? jsonBytes(value) : 0),
    );
    return this;
  }

  merge(across: boolean): void {
    this.queueOn("Range.merge", ({ sheet, rect }) => {
      this.context.book.checkEditable(sheet);
      const areas = across
        ? Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) => ({
            ...rect,
            top: rect.top + i,
            bottom: rect.top + i,
          }))
        : [rect];
      for (const area of areas) {
        if (rectCells(area) === 1) continue;
        for (let row = area.top; row <= area.bottom; row++) {
          for (let column = area.left; column <= area.right; column++) {
            if (row !== area.top || column !== area.left) sheet.clear(row, column);
          }
        }
        const kept = sheet.merges.filter(
          (m) => m.right < area.left || m.left > area.right || m.bottom < area.top || m.top > area.bottom,
        );
        sheet.merges.splice(0, sheet.merges.length, ...kept, area);
      }
      this.context.book.generation++;
    });
  }

  getUsedRangeOrNullObject(valuesOnly: boolean): SimRangeProxy {
    return SimRangeProxy.created(this.context, "Range.getUsedRangeOrNullObject", () => {
      const target = this.binding.get();
      const rect = target === null ? null : target.sheet.usedRect(valuesOnly, target.rect);
      return target === null || rect === null ? null : { sheet: target.sheet, rect };
    });
  }

  getSpecialCellsOrNullObject(cellType: "Constants" | "Formulas"): SimRangeAreasProxy {
    const proxy = new SimRangeAreasProxy(this.context, new Binding<RangeAreasTarget>());
    this.context.enqueue("Range.getSpecialCellsOrNullObject", () => {
      const target = this.binding.get();
      const rects = target === null ? [] : target.sheet.cellAreas(target.rect, cellType);
      proxy.binding.bind(target === null || rects.length === 0 ? null : { sheet: target.sheet, rects });
      proxy.resolveOnSync();
    });
    return proxy;
  }

  getMergedAreasOrNullObject(): SimRangeAreasProxy {
    const proxy = new SimRangeAreasProxy(this.context, new Binding<RangeAreasTarget>());
    this.context.enqueue("Range.getMergedAreasOrNullObject", () => {
      const target = this.binding.get();
      const merged = target === null ? [] : target.sheet.merges.filter((m) => overlaps(m, target.rect));
      proxy.binding.bind(
        target === null || merged.length === 0 ? null : { sheet: target.sheet, rects: merged },
      );
      proxy.resolveOnSync();
    });
    return proxy;
  }

  select(): void {
    this.queueOn("Range.select", ({ sheet, rect }) => {
      this.context.book.activate(sheet);
      this.context.book.selection = { sheet, rect };
    });
  }

  private queueCells(label: string, input: ExcelCellValue[][]): void {
    this.queueOn(
      label,
      ({ sheet, rect }) => {
        this.context.book.checkEditable(sheet);
        forEachInput(rect, input, label, (row, column, value) => {
          this.context.book.enterCell(sheet, row, column, value);
        });
      },
      jsonBytes(input),
    );
  }

  private snapshot({ sheet, rect }: RangeTarget, property: string): unknown {
    const book = this.context.book;
    // a grid whose empty cells alone pass the limit is refused before it is built, as Excel refuses it whole
    if (GRIDS.has(property) && emptyGridBytes(rect) > this.context.engine.payloadLimit)
      throw new SimError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (at least ${emptyGridBytes(rect)} bytes) has exceeded the limit of ${this.context.engine.payloadLimit} bytes.`,
      );
    switch (property) {
      case "address":
        return `${sheetPrefix(sheet.name)}${formatAddress(rect)}`;
      case "rowIndex":
        return rect.top - 1;
      case "columnIndex":
        return rect.left - 1;
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "values":
        return grid(rect, (row, column) => book.valueAt(sheet, row, column) ?? "");
      case "formulas":
        return grid(rect, (row, column) => sheet.formula(row, column) ?? sheet.constant(row, column) ?? "");
      default:
        return grid(rect, (row, column) => sheet.numberFormat(row, column));
    }
  }
}

/** Bytes of a grid of the rectangle's shape holding only `""`: the least a response of its cells takes. */
function emptyGridBytes(rect: Rect): number {
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  return rows * (3 * columns + 1) + 1;
}

function grid<V>(rect: Rect, cell: (row: number, column: number) => V): V[][] {
  const rows: V[][] = [];
  for (let row = rect.top; row <= rect.bottom; row++) {
    const out: V[] = [];
    for (let column = rect.left; column <= rect.right; column++) out.push(cell(row, column));
    rows.push(out);
  }
  return rows;
}

/**
 * Calls `apply` for every cell of `rect` with its input: one value for all cells, or a 2-D array that must
 * have exactly the range's shape (InvalidArgument otherwise, and nothing is written).
 */
function forEachInput(
  rect: Rect,
  input: unknown,
  label: string,
  apply: (row: number, column: number, value: CellInput) => void,
): void {
  const rows = rect.bottom - rect.top + 1;
  const columns = rect.right - rect.left + 1;
  if (!Array.isArray(input)) {
    const value = input as CellInput;
    for (let row = rect.top; row <= rect.bottom; row++)
      for (let column = rect.left; column <= rect.right; column++) apply(row, column, value);
    return;
  }
  const shapeOk =
    input.length === rows && input.every((r: unknown) => Array.isArray(r) && r.length === columns);
  const typesOk = input.every(
    (r: unknown) => !Array.isArray(r) || r.every((v: unknown) => v === null || typeof v !== "object"),
  );
  if (!typesOk)
    throw new SimError("InvalidArgument", `${label}: cell values must be text, numbers, booleans or null.`);
  if (!shapeOk) {
    const got = `${input.length} x ${Array.isArray(input[0]) ? (input[0] as unknown[]).length : "?"}`;
    throw new SimError(
      "InvalidArgument",
      `${label}: the number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows} x ${columns} expected, ${got} given).`,
    );
  }
  input.forEach((r: unknown[], i) => {
    r.forEach((value, j) => apply(rect.top + i, rect.left + j, value as CellInput));
  });
}

/** What a range-areas proxy stands for: ranges of one sheet. */
export interface RangeAreasTarget {
  sheet: SimSheet;
  rects: Rect[];
}

/** The simulated `RangeAreas`, as `Range.getMergedAreasOrNullObject` gives it: only its address loads. */
export class SimRangeAreasProxy extends SimProxy<RangeAreasTarget> implements ExcelRangeAreas {
  get address(): string {
    return this.read("address");
  }

  /** Marks the proxy's existence as known once the current sync succeeds (the creating range calls it). */
  override resolveOnSync(): void {
    super.resolveOnSync();
  }

  load(propertyNames: string): SimRangeAreasProxy {
    const properties = loadPaths(propertyNames).map((p) => p.join("/"));
    for (const p of properties) if (p !== "address") throw unknownProperty("RangeAreas", p);
    this.queueLoad("RangeAreas.load", properties, ({ sheet, rects }) =>
      rects.map((r) => `${sheetPrefix(sheet.name)}${formatAddress(r)}`).join(","),
    );
    return this;
  }
}
