import { describe, expect, it } from "vitest";
import { readTable, type TableRead } from "./readTable";
import type { TableSpec } from "./declaration";
import type { CellValue, SheetData } from "./sheetData";
import { RUN_SUM_LIMIT, takeFigures, withExactSums } from "./exactSums";
import { REQUEST_TABLE } from "../catalog/requestTable";

const HEADER: CellValue[] = ["物资名称", "单位", "数量", "单价", "金额"];

function sheet(values: CellValue[][]): SheetData {
  return { name: "工程部", values, origin: { row: 1, column: 1 } };
}

/** Reads a sheet both ways (the quick path for clean rows, and every cell in full), each in a run of its own. */
function read<S extends TableSpec>(s: SheetData, spec: S, taken = 0): TableRead<S> {
  const run = (fullReading: boolean) =>
    withExactSums(() => {
      takeFigures(taken, 0);
      return readTable(s, spec, { date1904: false, fullReading });
    });
  const quick = run(false);
  expect(run(true)).toEqual(quick);
  return quick;
}

const found = (r: TableRead<TableSpec>) =>
  r.issues.map((i) => [i.code, i.severity, `${i.column ?? ""}${i.row}`]);

describe("reading figures beyond exact arithmetic", () => {
  it.each<[string, CellValue[], string]>([
    ["a barcode in 金额 (an optional column)", ["A4纸", "包", 2, 25, 6901234567892], "E2"],
    ["a barcode in 金额 typed as text", ["A4纸", "包", 2, 25, "6901234567892"], "E2"],
    ["1e308 in 数量", ["A4纸", "包", 1e308, 25, 50], "C2"],
    ["-1e308 in 金额", ["A4纸", "包", 2, 25, -1e308], "E2"],
  ])("%s is an error at the cell and the row is left out", (_what, line, cell) => {
    const r = read(sheet([HEADER, line, ["笔", "支", 3, 2, 6]]), REQUEST_TABLE);
    expect(found(r)).toEqual([["value_too_large", "error", cell]]);
    expect(r.rows.map((x) => x.row)).toEqual([3]);
    expect(r.rejectedRows).toEqual([2]);
  });

  it("leaves out the row whose figures would carry the run's sums past 2^50 fen, naming its largest figure", () => {
    // 999,999,999,999.99 yuan is below the limit a cell may hold; the run has taken all but 10^14 fen already
    const big: CellValue[] = ["A4纸", "包", 2, null, 999_999_999_999.99];
    const r = read(
      sheet([HEADER, ["笔", "支", 3, 2, 6], big, ["尺", "把", 1, 1, 1]]),
      REQUEST_TABLE,
      RUN_SUM_LIMIT - 1e14,
    );
    expect(found(r)).toEqual([["sum_too_large", "error", "E3"]]);
    expect(r.issues[0]?.params).toMatchObject({ value: "999999999999.99", field: "amount" });
    expect(r.rows.map((x) => x.row)).toEqual([2, 4]);
    expect(r.counts).toMatchObject({ read: 2, rejected: 1 });
  });

  it("takes nothing into the sums outside a run, and refuses nothing that fits", () => {
    const rows = Array.from({ length: 200 }, (): CellValue[] => [
      "A4纸",
      "包",
      9_999_999_999,
      null,
      999_999_999_999,
    ]);
    const outside = readTable(sheet([HEADER, ...rows]), REQUEST_TABLE, { date1904: false });
    expect(outside.issues).toEqual([]);
    const inside = withExactSums(() =>
      readTable(sheet([HEADER, ...rows]), REQUEST_TABLE, { date1904: false }),
    );
    // 2^50 fen is about 11 of these amounts, 2^50 ten-thousandths about 1,125 of these quantities
    expect(inside.rows).toHaveLength(11);
    expect(new Set(inside.issues.map((i) => `${i.code} ${i.column ?? ""}`))).toEqual(
      new Set(["sum_too_large E"]),
    );
  });
});
