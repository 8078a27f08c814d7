import { describe, expect, it } from "vitest";
import type { BookData, CellValue, SheetData } from "../../table/sheetData";
import { collectReadings } from "../../table/readings";
import { placeAlone } from "../../table/placedSheets";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import { qtyText } from "../../values/quantity";
import { INVENTORY_TABLES, STOCK_LEDGER_TABLE } from "./inputs";
import { readInventoryInputs } from "./readInputs";
import { readLedgerSheet } from "./readStockLedger";

const OPTIONS = { date1904: false, near: "2026-11" } as const;

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, values, origin: { row: 1, column: 1 } };
}

const BAND: CellValue[][] = [
  [
    "日期",
    "凭证号",
    "摘要",
    "物资名称",
    "规格",
    "单位",
    "入库",
    null,
    null,
    "出库",
    null,
    null,
    "结存",
    null,
    null,
  ],
  [
    null,
    null,
    null,
    null,
    null,
    null,
    "数量",
    "单价",
    "金额",
    "数量",
    "单价",
    "金额",
    "数量",
    "单价",
    "金额",
  ],
];
const BLOCK_BAND: CellValue[][] = [
  ["日期", "凭证号", "摘要", "入库", null, null, "出库", null, null, "结存", null, null],
  [null, null, null, "数量", "单价", "金额", "数量", "单价", "金额", "数量", "单价", "金额"],
];
/** An item-column row: date, 凭证号, 摘要, item, spec, unit, then 入库 (3), 出库 (3), 结存 (3). */
const row = (lead: CellValue[], inn: CellValue[], out: CellValue[], bal: CellValue[]): CellValue[] => [
  ...lead,
  ...[0, 1, 2].map((i) => inn[i] ?? null),
  ...[0, 1, 2].map((i) => out[i] ?? null),
  ...[0, 1, 2].map((i) => bal[i] ?? null),
];
const LED = ["LED灯管", "T8", "支"];

// 2026年11月: LED灯管 opens with 20 at 12.00 = 240.00, receives 10 at 12.50 = 125.00 on 11-03, issues 8 on 11-06
const ITEM_COLUMN: CellValue[][] = [
  ["物资收发存明细账"],
  ["2026年11月"],
  ...BAND,
  row([null, null, "上月结转", ...LED], [], [], [20, 12, 240]),
  row(["11月3日", "记-1", "购入", ...LED], [10, 12.5, 125], [], [30, null, 365]),
  row([46332, "记-2", "工程部领用", ...LED], [], [8], [22]),
  row([46355, null, "本月合计"], [10, null, 125], [8], [22, null, 270]),
  ["制表人：张三"],
];

const lines = (values: CellValue[][]) =>
  readLedgerSheet(sheet("收发存", values), OPTIONS).lines.map((l) => [
    l.source.row,
    l.kind,
    l.ref.item,
    l.receipt === null ? null : qtyText(l.receipt.quantity),
    l.issue === null ? null : qtyText(l.issue.quantity),
    l.balance === null ? null : qtyText(l.balance),
  ]);

describe("reading a 收发存 ledger sheet", () => {
  it("gives each row its part: the 上月结转 opens, receipts and issues move, the 本月合计 is a total", () => {
    const read = readLedgerSheet(sheet("收发存", ITEM_COLUMN), OPTIONS);
    expect(read.month).toBe("2026-11");
    expect(read.issues).toEqual([]);
    const [opening, receipt, issue] = read.lines;
    expect(opening).toMatchObject({ kind: "opening", month: "2026-11" });
    expect(opening?.opening).toMatchObject({
      item: "LED灯管",
      spec: "T8",
      unit: "支",
      quantity: 200_000,
      valueFen: 24_000,
    });
    expect(receipt?.receipt).toMatchObject({
      date: "2026-11-03",
      slip: "记-1",
      quantity: 100_000,
      amountFen: 12_500,
      accepted: true,
    });
    expect(issue?.issue).toMatchObject({ date: "2026-11-06", quantity: 80_000, signaturesKept: false });
    // the 本月合计 names no item on a sheet whose items are a column: a total over several items has no balance
    expect(read.lines).toHaveLength(3);
  });

  it("reports how the sheet was read, as the stock ledger", () => {
    const s = sheet("收发存", ITEM_COLUMN);
    const { readings } = collectReadings([s], () => readLedgerSheet(s, OPTIONS));
    expect(readings).toEqual([
      expect.objectContaining({
        sheet: "收发存",
        role: "stock-ledger",
        table: STOCK_LEDGER_TABLE.label,
        headerRows: [3, 4],
        counts: { read: 3, rejected: 0, skipped: { blank: 0, header: 0, total: 1, section: 0, notes: 1 } },
      }),
    ]);
  });

  // each row put between the issue (row 7) and the 本月合计 (now row 9) of the sheet above; the counts are
  // read / rejected / blank / total over the rows below the header (3 read, 1 total and 1 notes before)
  it.each<
    [string, CellValue[], ReturnType<typeof lines>[number] | null, string[], [number, number, number, number]]
  >([
    [
      "a receipt without a date is left out",
      row([null, "记-9", "购入", ...LED], [5, 12, 60], [], [25]),
      null,
      ["value_required@A"],
      [3, 1, 0, 1],
    ],
    [
      "an issue without an item is left out",
      row([46335, "记-9", "领用", null, null, null], [], [2], [18]),
      null,
      ["value_required@D"],
      [3, 1, 0, 1],
    ],
    [
      "a balance filled down by a formula, nothing else, is blank",
      row([null, null, null, null, null, null], [], [], [22]),
      null,
      [],
      [3, 0, 1, 1],
    ],
    [
      "承前页 carries the page's figures: a balance, no movement",
      row([null, null, "承前页", ...LED], [10, null, 125], [8], [22]),
      [8, "balance", "LED灯管", null, null, "22"],
      [],
      [4, 0, 0, 1],
    ],
    [
      "a 本月合计 the reader took for data (after a voucher number) is a total, its balance kept",
      row([46355, 12, "本月合计", ...LED], [10, null, 125], [8], [22]),
      [8, "balance", "LED灯管", null, null, "22"],
      [],
      [3, 0, 0, 2],
    ],
    [
      "a row of zeros moves nothing",
      row([46340, "记-9", "盘点", ...LED], [0], [0], [22]),
      [8, "balance", "LED灯管", null, null, "22"],
      [],
      [4, 0, 0, 1],
    ],
    [
      "a row both receiving and issuing gives both",
      row([46340, "记-9", "购入即领", ...LED], [4, 12, 48], [4], [22]),
      [8, "movement", "LED灯管", "4", "4", "22"],
      [],
      [4, 0, 0, 1],
    ],
    [
      "a negative receipt is an error (the limit the column declares)",
      row([46340, "记-9", "退货", ...LED], [-2], [], [20]),
      null,
      ["negative_value@G"],
      [3, 1, 0, 1],
    ],
  ])("%s", (_what, extra, expected, codes, counts) => {
    const values = [...ITEM_COLUMN.slice(0, 7), extra, ...ITEM_COLUMN.slice(7)];
    const s = sheet("收发存", values);
    expect(lines(values).find((l) => l[0] === 8) ?? null).toEqual(expected);
    const book: BookData = { date1904: false, sheets: [s] };
    const { value: inputs, readings } = collectReadings([s], () =>
      readInventoryInputs(placeAlone(book, [...INVENTORY_TABLES, HOLIDAY_TABLE]), "2026-11"),
    );
    expect(inputs.issuesFound.map((i) => `${i.code}@${i.column ?? ""}`)).toEqual(codes);
    const c = readings[0]!.counts;
    expect([c.read, c.rejected, c.skipped.blank, c.skipped.total]).toEqual(counts);
  });
});

/** A block row: date, 凭证号, 摘要, then 入库 (3), 出库 (3), 结存 (3). */
const blockRow = row;

// LED灯管 as above; 拖把 opens with 5 at 40.00 and issues 2 on 11-09
const LED_BLOCK: CellValue[][] = [
  blockRow([null, null, "上月结转"], [], [], [20, 12, 240]),
  blockRow(["11月3日", "记-1", "购入"], [10, 12.5, 125], [], [30, null, 365]),
  blockRow([46332, "记-2", "领用"], [], [8], [22]),
  blockRow([null, null, "本月合计"], [10, null, 125], [8], [22, null, 267.67]),
];
const MOP_BLOCK: CellValue[][] = [
  blockRow([null, null, "上月结转"], [], [], [5, 40, 200]),
  blockRow(["11月9日", "记-3", "领用"], [], [2], [3]),
  blockRow([null, null, "本月合计"], [], [2], [3, null, 120]),
];

describe("a ledger whose goods are not a column", () => {
  it.each<[string, CellValue[][], number[], [number, number, number, number, number, number, number]]>([
    [
      "one block per item under the sheet's header, a heading line (over two lines for 拖把) above each",
      [
        ["物资收发存明细账"],
        ["2026年11月"],
        ...BLOCK_BAND,
        ["物资名称：LED灯管  规格：T8  单位：支"],
        ...LED_BLOCK,
        ["物资名称：拖把"],
        ["规格：旋转式  单位：把"],
        ...MOP_BLOCK,
        ["记账：张三"],
      ],
      [3, 4],
      // read, rejected, blank, header, total, section, notes (the rows below the header)
      [5, 0, 0, 0, 2, 3, 1],
    ],
    [
      "one block per item, each with its title and header (a printed page each)",
      [
        ["库存商品明细账"],
        ["2026年11月"],
        ["物资名称：LED灯管  规格：T8  单位：支"],
        ...BLOCK_BAND,
        ...LED_BLOCK,
        [],
        ["库存商品明细账"],
        ["2026年11月"],
        ["物资名称：拖把  规格：旋转式  单位：把"],
        ...BLOCK_BAND,
        ...MOP_BLOCK,
      ],
      [4, 5],
      [5, 0, 1, 2, 2, 3, 0],
    ],
  ])("%s", (_what, values, headerRows, counts) => {
    const s = sheet("收发存", values);
    const { value: read, readings } = collectReadings([s], () => readLedgerSheet(s, OPTIONS));
    expect(read.issues).toEqual([]);
    expect(
      read.lines.map((l) => [
        l.ref.item,
        l.ref.spec,
        l.ref.unit,
        l.kind,
        l.total,
        l.balance === null ? null : qtyText(l.balance),
      ]),
    ).toEqual([
      ["LED灯管", "T8", "支", "opening", false, "20"],
      ["LED灯管", "T8", "支", "movement", false, "30"],
      ["LED灯管", "T8", "支", "movement", false, "22"],
      ["LED灯管", "T8", "支", "balance", true, "22"],
      ["拖把", "旋转式", "把", "opening", false, "5"],
      ["拖把", "旋转式", "把", "movement", false, "3"],
      ["拖把", "旋转式", "把", "balance", true, "3"],
    ]);
    const { counts: c } = readings[0]!;
    expect(readings[0]!.headerRows).toEqual(headerRows);
    expect([
      c.read,
      c.rejected,
      c.skipped.blank,
      c.skipped.header,
      c.skipped.total,
      c.skipped.section,
      c.skipped.notes,
    ]).toEqual(counts);
  });

  it("one sheet per item, named in its title lines", () => {
    const read = readLedgerSheet(
      sheet("拖把", [
        ["2026年11月 物资收发存明细账"],
        ["品名：拖把    规格型号：旋转式    计量单位：把"],
        ...BLOCK_BAND,
        ...MOP_BLOCK,
      ]),
      OPTIONS,
    );
    expect(read.lines.map((l) => [l.ref, l.kind, l.source.row])).toEqual([
      [{ item: "拖把", spec: "旋转式", unit: "把" }, "opening", 5],
      [{ item: "拖把", spec: "旋转式", unit: "把" }, "movement", 6],
      [{ item: "拖把", spec: "旋转式", unit: "把" }, "balance", 7],
    ]);
  });

  it("without an item column, a heading or a title naming one, its rows are left out", () => {
    const read = readLedgerSheet(sheet("收发存", [["2026年11月"], ...BLOCK_BAND, ...MOP_BLOCK]), OPTIONS);
    expect(read.lines).toEqual([]);
    // the sheet has no item column: each row's error names its key column (日期)
    expect(read.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ["value_required", 4, "A"],
      ["value_required", 5, "A"],
    ]);
  });
});

describe("the month a ledger opens, and its openings among several ledgers", () => {
  const opening = (date: CellValue) => row([date, null, "上月结转", ...LED], [], [], [20, 12, 240]);
  const receipt = row([46332, "记-1", "购入", ...LED], [10, 12.5, 125], [], [30]);
  it.each<[string, CellValue[][], string | null]>([
    ["its title's month", [["2026年11月 收发存明细账"], ...BAND, opening(null), receipt], "2026-11"],
    ["the month its opening is dated in", [...BAND, opening("2026-11-01"), receipt], "2026-11"],
    [
      "the month after an opening dated at a month's end",
      [...BAND, opening("2026-10-31"), receipt],
      "2026-11",
    ],
    ["else its first movement's month", [...BAND, opening(null), receipt], "2026-11"],
    ["none for an undated ledger without movements", [...BAND, opening(null)], null],
  ])("%s", (_what, values, month) => {
    const read = readLedgerSheet(sheet("收发存", values), OPTIONS);
    expect(read.month).toBe(month);
    expect(read.lines[0]?.month).toBe(month);
  });

  it("an item two ledgers open takes the earlier month's opening; the later one only starts its sheet", () => {
    const november = sheet("11月", [["2026年11月 收发存明细账"], ...BAND, opening(null), receipt]);
    const december = sheet("12月", [
      ["2026年12月 收发存明细账"],
      ...BAND,
      row([null, null, "上月结转", ...LED], [], [], [30, 12.1667, 365]),
      row([null, null, "上月结转", "拖把", "旋转式", "把"], [], [], [4, 40, 160]),
    ]);
    const book: BookData = { date1904: false, sheets: [november, december] };
    const inputs = readInventoryInputs(placeAlone(book, [...INVENTORY_TABLES, HOLIDAY_TABLE]), "2026-12");
    expect(inputs.opening.map((o) => [o.item, qtyText(o.quantity), o.source.sheet])).toEqual([
      ["LED灯管", "20", "11月"],
      ["拖把", "4", "12月"],
    ]);
    // 拖把 opens only in December's ledger: its month is stated too, and differs from November's
    expect(inputs.openingMonth).toBe("2026-11");
    expect(inputs.issuesFound.map((i) => [i.code, i.sheet, i.row])).toEqual([
      ["opening_month_conflict", "12月", 5],
    ]);
  });

  it("checks a ledger's issues for signatures when it keeps 领用人 or 审批人", () => {
    const values = [
      [...BAND[0]!, "领用人"],
      [...BAND[1]!, null],
      row([null, null, "上月结转", ...LED], [], [], [20]),
      [...row([46332, "记-2", "领用", ...LED], [], [8], [12]), "张伟"],
    ];
    const [, issue] = readLedgerSheet(sheet("收发存", values), OPTIONS).lines;
    expect(issue?.issue).toMatchObject({ taker: "张伟", approver: null });
    expect(issue?.issue).not.toHaveProperty("signaturesKept");
  });
});
