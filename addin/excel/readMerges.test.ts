import { describe, expect, it } from "vitest";
import { readTable } from "../../core/index";
import { REQUEST_TABLE } from "../../core/catalog/requestTable";
import { ExcelSimulator } from "../excel-sim/excelSimulator";
import { OfficeWorkbookHost } from "./officeHost";
import { areasOf } from "./rangeAreas";
import type { ExcelRangeAreas } from "./excelSubset";

/** A request sheet whose `预算(元)` is merged over `单价 | 金额`, the other headers merged down over both rows. */
async function requestSim(): Promise<ExcelSimulator> {
  const sim = new ExcelSimulator();
  sim.addSheet("工程部", {
    values: [
      ["物资采购申请单", null, null, null, null, null],
      ["物资名称", "单位", "数量", "预算(元)", null, "备注"],
      [null, null, null, "单价", "金额", null],
      ["角阀", "个", 10, 18, 180, null],
    ],
    origin: { row: 2, column: 2 },
  });
  await sim.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("工程部");
    sheet.getRange("B2:G2").merge(false);
    sheet.getRange("E3:F3").merge(false);
    for (const c of ["B", "C", "D", "G"]) sheet.getRange(`${c}3:${c}4`).merge(false);
    await context.sync();
  });
  return sim;
}

describe("merged areas read by the add-in", () => {
  it("come with the used range in the same sync, when ExcelApi 1.13 is there", async () => {
    const sim = await requestSim();
    const host = new OfficeWorkbookHost(sim.run, { isSetSupported: () => true });
    const syncs = sim.syncs.length;
    const book = await host.read();
    expect(sim.syncs.length - syncs).toBe(2);
    const sheet = book.sheets[0]!;
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { top: 2, left: 2, bottom: 2, right: 7 },
        { top: 3, left: 5, bottom: 3, right: 6 },
        { top: 3, left: 2, bottom: 4, right: 2 },
      ]),
    );
    expect(sheet.merges).toHaveLength(6);
    const read = readTable(sheet, REQUEST_TABLE, { date1904: false });
    expect(read.headerRows).toEqual([3, 4]);
    expect(read.columns).toEqual({
      item: "B",
      unit: "C",
      quantity: "D",
      unitPrice: "E",
      amount: "F",
      remarks: "G",
    });
  });

  it("are not asked for without ExcelApi 1.13; the header band is then found from the empty cells", async () => {
    const sim = await requestSim();
    const host = new OfficeWorkbookHost(sim.run, { isSetSupported: (_name, v) => v !== "1.13" });
    const sheet = (await host.read()).sheets[0]!;
    expect(sheet.merges).toBeUndefined();
    expect(readTable(sheet, REQUEST_TABLE, { date1904: false }).headerRows).toEqual([3, 4]);
  });

  it.each<[string, { top: number; left: number; bottom: number; right: number }[]]>([
    ["Sheet1!A1:B2", [{ top: 1, left: 1, bottom: 2, right: 2 }]],
    [
      "Sheet1!$C$3:$E$3,Sheet1!F4:F9",
      [
        { top: 3, left: 3, bottom: 3, right: 5 },
        { top: 4, left: 6, bottom: 9, right: 6 },
      ],
    ],
    ["'A, B''s'!AA10:AB10", [{ top: 10, left: 27, bottom: 10, right: 28 }]],
  ])("reads the address %j", (address, areas) => {
    const loaded: ExcelRangeAreas = { address, isNullObject: false, load: () => loaded };
    expect(areasOf(loaded)).toEqual(areas);
    expect(areasOf({ ...loaded, isNullObject: true })).toEqual([]);
  });
});
