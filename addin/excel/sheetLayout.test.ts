import { describe, expect, it } from "vitest";
import type { PrintSetup, SheetSpec } from "../../core/light";
import { ExcelSimulator } from "../excel-sim/excelSimulator";
import type { ExcelWorksheet } from "./excelSubset";
import { OfficeWorkbookHost } from "./officeHost";
import { columnRuns, joinBlocks, queueSheetLayout, rowHeightRuns } from "./sheetLayout";

describe("joinBlocks", () => {
  it("joins adjacent rows of one style that follow each other, keeping the order of the rest", () => {
    expect(
      joinBlocks([
        { style: "body", top: 4, left: 1, bottom: 9, right: 5 },
        { style: "error", top: 5, left: 1, bottom: 5, right: 5 },
        { style: "error", top: 6, left: 1, bottom: 6, right: 5 },
        { style: "error", top: 8, left: 1, bottom: 8, right: 5 },
        { style: "total", top: 9, left: 1, bottom: 9, right: 5 },
      ]),
    ).toEqual([
      { style: "body", top: 4, left: 1, bottom: 9, right: 5 },
      { style: "error", top: 5, left: 1, bottom: 6, right: 5 },
      { style: "error", top: 8, left: 1, bottom: 8, right: 5 },
      { style: "total", top: 9, left: 1, bottom: 9, right: 5 },
    ]);
  });
});

describe("columnRuns", () => {
  it("finds vertical runs of wanted cells per column", () => {
    const link = { text: "x", sheet: "S", cell: "A1" };
    expect(
      columnRuns(
        [
          [link, 1],
          [link, link],
          [null, link],
          [link, null],
        ],
        (c) => typeof c === "object" && c !== null,
      ),
    ).toEqual([
      { top: 1, left: 1, bottom: 2, right: 1 },
      { top: 2, left: 2, bottom: 3, right: 2 },
      { top: 4, left: 1, bottom: 4, right: 1 },
    ]);
  });
});

/**
 * A small form: title, header, three body rows (text in column A wrapped) and signatures, printed portrait on A4
 * with its header row repeated; `full` adds row heights, a print area, a page header and footer and page breaks.
 */
function formSpec(full: boolean): SheetSpec {
  const print: PrintSetup = {
    orientation: "portrait",
    paper: "A4",
    fitToWidth: true,
    repeatRows: { first: 2, last: 2 },
  };
  return {
    name: "收费表 2027-01",
    key: "test/form/2027-01",
    cells: [
      ["收费表"],
      ["摘要", "金额"],
      ["三号楼电梯年检及维保费用（含配件更换）", 100],
      ["绿化", 20],
      ["保洁", 30],
      ["经办人：", "审核人："],
    ],
    columns: [{ width: 12 }, { width: 10 }],
    styles: [
      { top: 2, left: 1, bottom: 2, right: 2, style: "header" },
      { top: 3, left: 1, bottom: 5, right: 1, style: "wrap" },
    ],
    numberFormats: [],
    merges: [],
    ...(full
      ? {
          rowHeights: [
            { row: 5, height: 30 },
            { row: 3, height: 30 },
            { row: 1, height: 24 },
            { row: 4, height: 30 },
            { row: 6, height: 45 },
          ],
          print: {
            ...print,
            area: { top: 1, left: 1, bottom: 6, right: 2 },
            header: { left: "阳光花园 && 物业", center: "收费表" },
            footer: { center: "第 &P 页，共 &N 页", right: "&D" },
            breaks: [6, 4],
          },
        }
      : { print }),
  };
}

const FORM = formSpec(true);
const PLAIN = formSpec(false);

const EMPTY_HEADER_FOOTER = {
  leftHeader: "",
  centerHeader: "",
  rightHeader: "",
  leftFooter: "",
  centerFooter: "",
  rightFooter: "",
};

/** Writes specs through the add-in's host into a fresh simulator; `withoutSet` is an ExcelApi version it lacks. */
async function written(specs: SheetSpec[], withoutSet?: string): Promise<ExcelSimulator> {
  const sim = new ExcelSimulator();
  sim.addSheet("数据", { values: [["x"]] });
  const host = new OfficeWorkbookHost(sim.run, {
    isSetSupported: (_name, version) => version !== withoutSet,
  });
  await host.write(specs);
  return sim;
}

describe("rowHeightRuns", () => {
  it("joins adjacent rows of equal height in row order; a row listed twice takes its last height", () => {
    expect(
      rowHeightRuns([
        { row: 7, height: 20 },
        { row: 3, height: 30 },
        { row: 4, height: 30 },
        { row: 5, height: 15 },
        { row: 2, height: 30 },
        { row: 9, height: 20 },
        { row: 5, height: 30 },
      ]),
    ).toEqual([
      { first: 2, last: 5, height: 30 },
      { first: 7, last: 7, height: 20 },
      { first: 9, last: 9, height: 20 },
    ]);
    expect(rowHeightRuns([])).toEqual([]);
  });
});

describe("queueSheetLayout: row heights and print setup", () => {
  /** A worksheet that records the row heights, page setup and page breaks queued on it (nothing else is used here). */
  function recordingSheet(log: string[]): ExcelWorksheet {
    const headerFooter = new Proxy(
      {},
      {
        set: (_target, property, value) => {
          log.push(`headersFooters.defaultForAllPages.${String(property)} = ${String(value)}`);
          return true;
        },
      },
    );
    const layout = new Proxy(
      {
        setPrintTitleRows: (rows: string) => log.push(`setPrintTitleRows(${rows})`),
        setPrintArea: (area: string) => log.push(`setPrintArea(${area})`),
        headersFooters: { defaultForAllPages: headerFooter },
      },
      {
        set: (_target, property, value) => {
          log.push(`pageLayout.${String(property)} = ${JSON.stringify(value)}`);
          return true;
        },
      },
    );
    const sheet = {
      getRange: (address: string) => ({
        format: new Proxy(
          {},
          {
            set: (_target, property, value) => {
              log.push(`${address}.${String(property)} = ${String(value)}`);
              return true;
            },
          },
        ),
      }),
      pageLayout: layout,
      horizontalPageBreaks: { add: (range: string) => log.push(`horizontalPageBreaks.add(${range})`) },
    };
    return sheet as unknown as ExcelWorksheet;
  }

  const bare = { ...FORM, styles: [], columns: [] };

  it("queues one height per run of equal rows, the print area, the header and footer parts given and each break", () => {
    const log: string[] = [];
    queueSheetLayout(recordingSheet(log), bare, true);
    expect(log).toEqual([
      "1:1.rowHeight = 24",
      "3:5.rowHeight = 30",
      "6:6.rowHeight = 45",
      'pageLayout.orientation = "Portrait"',
      'pageLayout.paperSize = "A4"',
      'pageLayout.zoom = {"horizontalFitToPages":1}',
      "setPrintTitleRows($2:$2)",
      "setPrintArea(A1:B6)",
      "headersFooters.defaultForAllPages.leftHeader = 阳光花园 && 物业",
      "headersFooters.defaultForAllPages.centerHeader = 收费表",
      "headersFooters.defaultForAllPages.centerFooter = 第 &P 页，共 &N 页",
      "headersFooters.defaultForAllPages.rightFooter = &D",
      "horizontalPageBreaks.add(A6)",
      "horizontalPageBreaks.add(A4)",
    ]);
  });

  it("queues no print area, header, footer, break or height the spec does not have, and no empty header part", () => {
    const log: string[] = [];
    const print = { ...(PLAIN.print as PrintSetup), header: { left: "", center: "表" }, breaks: [1] };
    queueSheetLayout(recordingSheet(log), { ...PLAIN, styles: [], columns: [], print }, true);
    expect(log).toEqual([
      'pageLayout.orientation = "Portrait"',
      'pageLayout.paperSize = "A4"',
      'pageLayout.zoom = {"horizontalFitToPages":1}',
      "setPrintTitleRows($2:$2)",
      "headersFooters.defaultForAllPages.centerHeader = 表",
    ]);
  });

  it("queues row heights but no print setup without ExcelApi 1.9", () => {
    const log: string[] = [];
    queueSheetLayout(recordingSheet(log), bare, false);
    expect(log).toEqual(["1:1.rowHeight = 24", "3:5.rowHeight = 30", "6:6.rowHeight = 45"]);
  });
});

describe("row heights, print area, header and footer, page breaks and wrap written through the simulator", () => {
  it("land on the sheet as the spec says, in as many syncs as a sheet without them", async () => {
    const sim = await written([FORM]);
    const sheet = sim.sheet(FORM.name);
    expect([...sheet.rowHeights].sort((a, b) => a[0] - b[0])).toEqual([
      [1, 24],
      [3, 30],
      [4, 30],
      [5, 30],
      [6, 45],
    ]);
    expect(sheet.pageLayout).toEqual({
      orientation: "Portrait",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
      printTitleRows: "$2:$2",
      printArea: "A1:B6",
      headerFooter: {
        ...EMPTY_HEADER_FOOTER,
        leftHeader: "阳光花园 && 物业",
        centerHeader: "收费表",
        centerFooter: "第 &P 页，共 &N 页",
        rightFooter: "&D",
      },
    });
    expect(sheet.horizontalPageBreaks).toEqual([4, 6]);
    expect(sim.lookAt(FORM.name, "A3")).toMatchObject({ wrapText: true, verticalAlignment: "Center" });
    expect(sim.lookAt(FORM.name, "A5")).toMatchObject({ wrapText: true });
    expect(sim.lookAt(FORM.name, "B3").wrapText).toBeUndefined();
    expect(sim.valueAt(FORM.name, "A3")).toBe("三号楼电梯年检及维保费用（含配件更换）");

    const plain = await written([PLAIN]);
    expect(sim.syncCount).toBe(plain.syncCount);
  });

  it("leave nothing of them on a sheet whose spec has none", async () => {
    const sim = await written([PLAIN]);
    const sheet = sim.sheet(PLAIN.name);
    expect(sheet.rowHeights.size).toBe(0);
    expect(sheet.pageLayout.printArea).toBeNull();
    expect(sheet.pageLayout.headerFooter).toEqual(EMPTY_HEADER_FOOTER);
    expect(sheet.horizontalPageBreaks).toEqual([]);
    expect(sheet.pageLayout.printTitleRows).toBe("$2:$2");
  });

  it("keep the row heights but no print setup where ExcelApi 1.9 is missing", async () => {
    const sim = await written([FORM], "1.9");
    const snapshot = sim.snapshot().sheets.find((s) => s.name === FORM.name);
    expect(snapshot?.rowHeights).toEqual([
      [1, 24],
      [3, 30],
      [4, 30],
      [5, 30],
      [6, 45],
    ]);
    expect(snapshot?.pageLayout).toMatchObject({
      paperSize: "Letter",
      printArea: null,
      headerFooter: EMPTY_HEADER_FOOTER,
    });
    expect(snapshot?.horizontalPageBreaks).toEqual([]);
  });
});
