import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import { fileHash } from "./helpers/fileHash";
import { findSoffice, recalculateXlsx } from "./helpers/libreoffice";
import {
  copyFixture,
  expectGoldenReport,
  fen,
  jsonReport,
  rowsLabelled,
  type FixtureCopy,
  type JsonReport,
} from "./helpers/golden";
import type { InventoryReport } from "../core/jobs/inventory/report";
import expected from "./fixtures/inventory/expected.json";

const FIXTURE = resolve(import.meta.dirname, "fixtures/inventory/stock.xlsx");
const soffice = findSoffice();

type Report = JsonReport<InventoryReport>;

/** Runs `propdesk inventory <args> --json` and returns its report (the run must succeed). */
const inventory = (args: string[]): Promise<Report> => jsonReport<InventoryReport>("inventory", args);

describe("inventory on the golden .xlsx fixture, through the command line", () => {
  let copy: FixtureCopy;
  let input: string;
  let out: string;
  let report: Report;

  beforeAll(async () => {
    copy = await copyFixture(FIXTURE, "inventory");
    input = copy.input;
    out = copy.out("out.xlsx");
    report = await inventory([input, "--month", "2026-12", "--today", "2026-12-28", "-o", out]);
  });

  afterAll(() => copy.remove());

  it("prints the hand-checked report for December (rolled forward from the October opening)", () => {
    // LED灯管: Oct (125.00 + 260.00) / 30 -> closing 18 x 12.8333 = 231.00; Nov 13 x 231.00 / 18 = 166.83;
    // Dec (166.83 + 135.00) / 23 = 13.123043..., closing 13 -> 170.60, issued 301.83 - 170.60 = 131.23;
    // book on 12-25 = 13 - 4 + 10 = 19, counted 18 -> -1 x 13.123043 = -13.12.
    // 中性笔: 100 x 2.50, less 30 (Oct) and 20 (Nov): 50 / 125.00 open; 10 issued (the 五 row is left out).
    // Totals: opening 166.83 + 125.00 + 500.00 = 791.83; closing 170.60 + 180.00 + 100.00 + 500.00 = 950.60.
    expectGoldenReport(report, expected);
  });

  it("flags the requisition taken before the delivery that covers it, though the month ends positive", () => {
    const bags = report.items.find((i) => i.item === "垃圾袋");
    expect(bags?.expected).toBe("15");
    expect(report.exceptions.find((e) => e.code === "negative_balance")).toMatchObject({
      item: "垃圾袋 90×100",
      sheet: "出库明细",
      row: 6,
    });
  });

  it("the count date moves back to the last working day when the 25th is not one", async () => {
    const october = await inventory([
      input,
      "--month",
      "2026-10",
      "--today",
      "2026-12-28",
      "-o",
      copy.out("oct.xlsx"),
    ]);
    expect(october.countDate).toBe("2026-10-23");
    const given = await inventory([
      input,
      "--count-date",
      "2026-12-19",
      "--today",
      "2026-12-28",
      "-o",
      copy.out("c.xlsx"),
    ]);
    expect(given.month).toBe("2026-12");
    expect(given.items.find((i) => i.item === "LED灯管")?.bookAtCount).toBe("19");
    expect(given.items.find((i) => i.item === "垃圾袋")?.bookAtCount).toBe("25");
  });

  it("never modifies the input file", async () => {
    expect(await fileHash(input)).toBe(copy.inputHash);
  });

  it("writes the ledger, stock list, exceptions, quarterly ledger and issues sheets", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      "期初库存",
      "入库明细",
      "出库明细",
      "盘点表",
      "物资台账 2026-12",
      "库存物资清单 2026-12-25",
      "库存异常 2026-12",
      "季度物资台账 2026Q4",
      "问题清单 2026-12 物资",
    ]);
  });

  it.skipIf(!soffice)(
    "LibreOffice recalculates the ledger, stock list and quarterly totals to the report's",
    async () => {
      const sheets = await recalculateXlsx(out);
      const ledger = sheets.get("物资台账 2026-12")!;
      const [total] = rowsLabelled(ledger, "合计");
      const t = report.totals;
      expect([4, 6, 8, 10, 15].map((c) => fen(total![c] as number))).toEqual(
        [t.openingValue, t.receivedValue, t.issuedValue, t.closingValue, t.varianceValue].map(fen),
      );
      for (const item of report.items) {
        const [row] = rowsLabelled(ledger, item.item);
        expect(row![9], item.item).toBe(Number(item.expected));
        expect(fen(row![8] as number), item.item).toBe(fen(item.issuedValue));
        expect(row![14] ?? null, item.item).toBe(item.variance === null ? null : Number(item.variance));
      }

      const list = sheets.get("库存物资清单 2026-12-25")!;
      const [listTotal] = rowsLabelled(list, "合计");
      // Counted values: LED 18 x 301.83 / 23 = 236.21, bags 15 x 12 = 180.00, pens 41 x 2.50 = 102.50.
      expect(fen(listTotal![5] as number)).toBe(fen("518.71"));

      const quarter = sheets.get("季度物资台账 2026Q4")!;
      const [q] = rowsLabelled(quarter, "合计");
      // Opening Oct 875.00; received Oct 260.00, Nov 0, Dec 495.00; closing Dec = the month's closing.
      expect(fen(q![4] as number)).toBe(fen("875.00"));
      expect(fen(q![6] as number)).toBe(fen("260.00"));
      expect(fen(q![14] as number)).toBe(fen(t.receivedValue));
      expect(fen(q![18] as number)).toBe(fen(t.closingValue));
      const issued = [8, 12, 16].map((c) => fen(q![c] as number)).reduce((a, b) => a + b, 0);
      expect(875_00 + 260_00 + 495_00 - issued).toBe(fen(t.closingValue));
      const [led] = rowsLabelled(quarter, "LED灯管");
      expect(led![17]).toBe(13);
    },
  );
});
