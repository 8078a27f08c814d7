import { describe, expect, it } from "vitest";
import { isoToExcelSerial } from "../../core/index";
import type { ExcelContext } from "../excel/excelSubset";
import { ExcelSimulator } from "./excelSimulator";

/** Runs a batch that must fail and returns the error's Office.js code. */
async function failure(
  sim: ExcelSimulator,
  batch: (context: ExcelContext) => Promise<unknown>,
): Promise<string> {
  try {
    await sim.run(batch);
  } catch (error) {
    return String((error as { code?: unknown }).code);
  }
  throw new Error("the batch did not fail");
}

function simWith(...names: string[]): ExcelSimulator {
  const sim = new ExcelSimulator();
  for (const name of names) sim.addSheet(name, { values: [[`${name} A1`]] });
  return sim;
}

describe("proxies: nothing is readable before load() and sync()", () => {
  it("throws PropertyNotLoaded before load, and after load until the sync", async () => {
    const sim = simWith("Data");
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      expect(() => sheet.name).toThrowError(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheet.load("name,position");
      expect(() => sheet.name).toThrowError(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(sheet.name).toBe("Data");
      expect(sheet.position).toBe(0);
      expect(() => sheet.visibility).toThrowError(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("reads collection items, nested protection and null objects only after a sync", async () => {
    const sim = simWith("A", "B");
    sim.sheet("B").protected = true;
    await sim.run(async (context) => {
      const { worksheets } = context.workbook;
      worksheets.load("items/name,items/protection/protected");
      const missing = worksheets.getItemOrNullObject("Nope");
      expect(() => worksheets.items).toThrowError(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => missing.isNullObject).toThrowError(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(worksheets.items.map((ws) => [ws.name, ws.protection.protected])).toEqual([
        ["A", false],
        ["B", true],
      ]);
      expect(missing.isNullObject).toBe(true);
    });
  });

  it("refuses loading a property the simulator does not have", async () => {
    const sim = simWith("A");
    await sim.run(async (context) => {
      expect(() => context.workbook.worksheets.getItem("A").load("tabColor")).toThrowError(
        expect.objectContaining({ code: "InvalidArgument" }),
      );
    });
  });

  it("closes the context when run ends: proxies cannot be used afterwards", async () => {
    const sim = simWith("A");
    let kept: ReturnType<ExcelContext["workbook"]["worksheets"]["getItem"]> | undefined;
    await sim.run(async (context) => {
      kept = context.workbook.worksheets.getItem("A");
      await context.sync();
    });
    expect(() => kept?.activate()).toThrowError(expect.objectContaining({ code: "InvalidRequestContext" }));
  });
});

describe("sync: queued operations, in order, counted", () => {
  it("applies nothing before sync and everything in order at sync", async () => {
    const sim = simWith("A");
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      sheet.getRange("B2").values = [[1]];
      sheet.name = "Renamed";
      const again = context.workbook.worksheets.getItem("Renamed");
      const cell = again.getRange("B2");
      cell.load("values,address");
      expect(sim.sheetNames()).toEqual(["A"]);
      await context.sync();
      expect(cell.values).toEqual([[1]]);
      expect(cell.address).toBe("Renamed!B2");
    });
    expect(sim.syncCount).toBe(1);
  });

  it("syncs what a batch left queued when run ends, as Excel.run does", async () => {
    const sim = simWith("A");
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("A").getRange("A2").values = [["x"]];
    });
    expect(sim.valueAt("A", "A2")).toBe("x");
    expect(sim.syncs).toEqual([{ requestBytes: 7, responseBytes: 0, operations: 3 }]);
  });

  it("stops at a failing operation and keeps the operations before it (Excel batches are not transactions)", async () => {
    const sim = simWith("A");
    const code = await failure(sim, async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      sheet.getRange("A2").values = [["before"]];
      context.workbook.worksheets.getItem("Missing").activate();
      sheet.getRange("A3").values = [["after"]];
      await context.sync();
    });
    expect(code).toBe("ItemNotFound");
    expect(sim.valueAt("A", "A2")).toBe("before");
    expect(sim.valueAt("A", "A3")).toBeNull();
    expect(sim.syncs.at(-1)?.error).toBe("ItemNotFound");
  });

  it("makes the n-th operation fail when told to", async () => {
    const sim = simWith("A");
    sim.failOnOperation(5, "GeneralException");
    const code = await failure(sim, async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      sheet.getRange("A2").values = [[1]];
      sheet.getRange("A3").values = [[2]];
      await context.sync();
    });
    expect(code).toBe("GeneralException");
    expect(sim.values("A")).toEqual([["A A1"], [1]]);
  });
});

describe("Excel's rules on cells", () => {
  it("requires value arrays of exactly the range's shape", async () => {
    const sim = simWith("A");
    for (const values of [[[1, 2]], [[1], [2], [3]], [[1, 2], [3]]]) {
      const code = await failure(sim, async (context) => {
        context.workbook.worksheets.getItem("A").getRange("A2:B3").values = values;
        await context.sync();
      });
      expect(code).toBe("InvalidArgument");
    }
    expect(sim.values("A")).toEqual([["A A1"]]);
  });

  it("takes one number format for a whole block, but no 1x1 array for several cells", async () => {
    const sim = simWith("A");
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("A").getRange("B1:C2").numberFormat = "0.00";
      await context.sync();
    });
    expect(sim.numberFormatAt("A", "C2")).toBe("0.00");
    const code = await failure(sim, async (context) => {
      context.workbook.worksheets.getItem("A").getRange("B1:C2").numberFormat = [["@"]];
      await context.sync();
    });
    expect(code).toBe("InvalidArgument");
  });

  it("takes strings like typed input: numbers, dates and TRUE convert, an apostrophe or a Text cell keeps text", async () => {
    const sim = simWith("A");
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      sheet.getRange("B1").numberFormat = "@";
      sheet.getRange("A2:F2").values = [["001", "'001", "2027-01-05", "TRUE", "50%", "3-1-502"]];
      sheet.getRange("B1").values = [["001"]];
      await context.sync();
    });
    expect(sim.values("A")[1]).toEqual([
      1,
      "001",
      isoToExcelSerial("2027-01-05", false),
      true,
      0.5,
      "3-1-502",
    ]);
    expect(sim.valueAt("A", "B1")).toBe("001");
  });

  it("keeps formulas as text and computes SUM, SUBTOTAL (skipping nested subtotals) and HYPERLINK", async () => {
    const sim = simWith("A");
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("A").getRange("A2:A7").formulas = [
        [10],
        [5],
        ["=SUBTOTAL(9,A2:A3)"],
        ["=SUBTOTAL(9,A2:A4)+1"],
        ['=HYPERLINK("#\'A\'!A1","go "&"there")'],
        ["=VLOOKUP(1,A2:A3,1)"],
      ];
      await context.sync();
    });
    expect(sim.formulaAt("A", "A4")).toBe("=SUBTOTAL(9,A2:A3)");
    expect(
      sim
        .values("A")
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([10, 5, 15, 16, "go there", "#NAME?"]);
  });

  it("rejects changes on a protected sheet but lets it be renamed", async () => {
    const sim = simWith("A");
    sim.sheet("A").protected = true;
    for (const change of [
      (c: ExcelContext) => (c.workbook.worksheets.getItem("A").getRange("A1").values = [[1]]),
      (c: ExcelContext) => (c.workbook.worksheets.getItem("A").getRange("A1").format.font.bold = true),
      (c: ExcelContext) => c.workbook.worksheets.getItem("A").getRange("A1:B1").merge(false),
    ]) {
      const code = await failure(sim, async (context) => {
        change(context);
        await context.sync();
      });
      expect(code).toBe("AccessDenied");
    }
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("A").name = "B";
      await context.sync();
    });
    expect(sim.sheetNames()).toEqual(["B"]);
  });

  it("keeps only the top-left value of a merged range", async () => {
    const sim = simWith("A");
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      sheet.getRange("A2:B2").values = [["kept", "dropped"]];
      sheet.getRange("A2:B2").merge(false);
      await context.sync();
    });
    expect(sim.values("A")).toEqual([["A A1"], ["kept"]]);
    expect(sim.snapshot().sheets[0]?.merges).toEqual(["A2:B2"]);
  });

  it("gives the used range, or a null object for an empty sheet", async () => {
    const sim = simWith("A");
    sim.addSheet("Empty");
    sim.addSheet("Offset", {
      values: [
        [1, null],
        [null, 2],
      ],
      origin: { row: 3, column: 2 },
    });
    await sim.run(async (context) => {
      const { worksheets } = context.workbook;
      const empty = worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
      const offset = worksheets.getItem("Offset").getUsedRangeOrNullObject(true);
      offset.load("address,values,rowIndex,columnIndex");
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      expect([offset.address, offset.rowIndex, offset.columnIndex]).toEqual(["Offset!B3:C4", 2, 1]);
      expect(offset.values).toEqual([
        [1, ""],
        ["", 2],
      ]);
    });
  });
});

describe("Excel's rules on sheets", () => {
  const badNames = [
    ["x".repeat(32), "InvalidArgument"],
    ["a[b", "InvalidArgument"],
    ["a]b", "InvalidArgument"],
    ["a:b", "InvalidArgument"],
    ["a*b", "InvalidArgument"],
    ["a?b", "InvalidArgument"],
    ["a/b", "InvalidArgument"],
    ["a\\b", "InvalidArgument"],
    ["'quoted", "InvalidArgument"],
    ["history", "InvalidArgument"],
    ["  ", "InvalidArgument"],
    ["DATA", "ItemAlreadyExists"],
  ];
  it.each(badNames)("refuses the sheet name %j", async (name, expected) => {
    const sim = simWith("Data");
    expect(
      await failure(sim, async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    ).toBe(expected);
    expect(
      await failure(sim, async (context) => {
        context.workbook.worksheets.getItem("Data").name = name === "DATA" ? "Other" : name;
        context.workbook.worksheets.add("Other");
        await context.sync();
      }),
    ).toBe(name === "DATA" ? "ItemAlreadyExists" : expected);
  });

  it("accepts 31 characters, and a case change of a sheet's own name", async () => {
    const sim = simWith("Data");
    await sim.run(async (context) => {
      context.workbook.worksheets.add("采".repeat(31));
      context.workbook.worksheets.getItem("Data").name = "DATA";
      await context.sync();
    });
    expect(sim.sheetNames()).toEqual(["DATA", "采".repeat(31)]);
  });

  it("keeps one visible sheet: the last one can be neither hidden nor deleted", async () => {
    const sim = simWith("Only");
    for (const change of [
      (c: ExcelContext) => c.workbook.worksheets.getItem("Only").delete(),
      (c: ExcelContext) => (c.workbook.worksheets.getItem("Only").visibility = "Hidden"),
    ]) {
      expect(
        await failure(sim, async (context) => {
          change(context);
          await context.sync();
        }),
      ).toBe("InvalidOperation");
    }
  });

  it("rewrites formulas when a sheet is renamed, and makes them #REF! when it is deleted", async () => {
    const sim = simWith("Data", "Sum");
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("B1").values = [[7]];
      context.workbook.worksheets.getItem("Sum").getRange("A2:A3").formulas = [
        ["=SUM(Data!B1)"],
        ["=Data!B1*2"],
      ];
      await context.sync();
      context.workbook.worksheets.getItem("Data").name = "新 数据";
      await context.sync();
    });
    expect(sim.formulaAt("Sum", "A2")).toBe("=SUM('新 数据'!B1)");
    expect(sim.valueAt("Sum", "A3")).toBe(14);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("新 数据").delete();
      await context.sync();
    });
    expect(sim.formulaAt("Sum", "A2")).toBe("=SUM(#REF!)");
    expect(sim.valueAt("Sum", "A2")).toBe("#REF!");
  });

  it("tracks the active sheet and the selection; hidden sheets cannot be activated", async () => {
    const sim = simWith("A", "B");
    sim.sheet("B").visibility = "Hidden";
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("A").getRange("C4").select();
      await context.sync();
    });
    expect([sim.activeSheet, sim.selection]).toEqual(["A", "A!C4"]);
    expect(
      await failure(sim, async (context) => {
        context.workbook.worksheets.getItem("B").activate();
        await context.sync();
      }),
    ).toBe("InvalidOperation");
  });
});

describe("named items", () => {
  it("adds, hides, follows renames, refuses duplicates ignoring case and turns #REF! with their sheet", async () => {
    const sim = simWith("A", "B");
    await sim.run(async (context) => {
      const item = context.workbook.names.add(
        "_PropDesk.x",
        context.workbook.worksheets.getItem("A").getRange("A1"),
      );
      item.visible = false;
      context.workbook.worksheets.getItem("A").name = "A 2";
      await context.sync();
    });
    expect(sim.names()).toEqual([{ name: "_PropDesk.x", value: "'A 2'!$A$1", visible: false }]);
    expect(
      await failure(sim, async (context) => {
        context.workbook.names.add("_PROPDESK.X", "=B!$A$1");
        await context.sync();
      }),
    ).toBe("ItemAlreadyExists");
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("A 2").delete();
      const names = context.workbook.names;
      names.load("items/name,items/type,items/value");
      const range = context.workbook.names.getItemOrNullObject("_PropDesk.x").getRangeOrNullObject();
      await context.sync();
      expect(names.items.map((n) => [n.name, n.type, n.value])).toEqual([["_PropDesk.x", "Error", "#REF!"]]);
      expect(range.isNullObject).toBe(true);
    });
  });
});

describe("payload limit, cell-edit mode, date system", () => {
  it("refuses a request over the limit whole: nothing of that sync is applied", async () => {
    const sim = new ExcelSimulator({ payloadLimit: 1_000 });
    sim.addSheet("A");
    const code = await failure(sim, async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      sheet.name = "Renamed";
      sheet.getRange("A1:A100").values = Array.from({ length: 100 }, () => ["数据数据"]);
      await context.sync();
    });
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(sim.sheetNames()).toEqual(["A"]);
    expect(sim.syncs).toEqual([
      { requestBytes: 1_701, responseBytes: 0, operations: 4, error: "RequestPayloadSizeLimitExceeded" },
    ]);
  });

  it("refuses a response over the limit and counts what was loaded", async () => {
    const sim = new ExcelSimulator({ payloadLimit: 1_000 });
    sim.addSheet("A", { values: Array.from({ length: 100 }, () => ["数据数据"]) });
    expect(
      await failure(sim, async (context) => {
        context.workbook.worksheets.getItem("A").getRange("A1:A100").load("values");
        await context.sync();
      }),
    ).toBe("ResponsePayloadSizeLimitExceeded");
    expect(sim.syncs[0]?.responseBytes).toBe(1_701);
  });

  it("fails every sync while a cell is being edited, applying nothing", async () => {
    const sim = simWith("A");
    sim.cellEditMode = true;
    expect(
      await failure(sim, async (context) => {
        context.workbook.worksheets.getItem("A").name = "B";
        await context.sync();
      }),
    ).toBe("InvalidOperationInCellEditMode");
    expect(sim.sheetNames()).toEqual(["A"]);
  });

  it("computes DATE in the workbook's date system", async () => {
    for (const date1904 of [false, true]) {
      const sim = new ExcelSimulator({ date1904 });
      sim.addSheet("A");
      const serial = await sim.run(async (context) => {
        const result = context.workbook.functions.date(1904, 1, 1);
        result.load("value");
        await context.sync();
        return result.value;
      });
      expect(serial).toBe(date1904 ? 0 : 1462);
    }
  });
});

describe("sparse sheets: a stray cell far out", () => {
  /** A sheet with a small table at B2:D4 (a formula in D4) and cells far out. */
  function sparseSim(): ExcelSimulator {
    const sim = new ExcelSimulator();
    sim.addSheet("Data", {
      values: [
        ["名称", "数量", "金额"],
        ["笔", 2, 4],
        ["纸", 3, 9],
      ],
      origin: { row: 2, column: 2 },
      formulas: { D4: "=C4*3" },
    });
    sim.sheet("Data").setConstant(20_000, 16_384, " ");
    sim.sheet("Data").setConstant(1_048_576, 16_384, 1);
    return sim;
  }

  it("gives a range's own used range, and a null object where it holds nothing", async () => {
    const sim = sparseSim();
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const whole = sheet.getUsedRangeOrNullObject(true).load("address");
      const block = sheet.getRange("A1:Z100").getUsedRangeOrNullObject(true).load("address");
      const none = sheet.getRange("F6:H9").getUsedRangeOrNullObject(true);
      await context.sync();
      expect([whole.address, block.address, none.isNullObject]).toEqual([
        "Data!B2:XFD1048576",
        "Data!B2:D4",
        true,
      ]);
    });
  });

  it("finds the cells holding constants and formulas as Excel's areas", async () => {
    const sim = sparseSim();
    await sim.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A1:XFD1048576");
      const constants = range.getSpecialCellsOrNullObject("Constants").load("address");
      const formulas = range.getSpecialCellsOrNullObject("Formulas").load("address");
      const nothing = context.workbook.worksheets
        .getItem("Data")
        .getRange("F6:H9")
        .getSpecialCellsOrNullObject("Constants");
      await context.sync();
      expect(constants.address).toBe("Data!B2:D3,Data!B4:C4,Data!XFD20000,Data!XFD1048576");
      expect(formulas.address).toBe("Data!D4");
      expect(nothing.isNullObject).toBe(true);
    });
  });

  it("refuses the cells of a huge range before building them, as Excel on the web refuses the response", async () => {
    const sim = sparseSim();
    const started = performance.now();
    const code = await failure(sim, async (context) => {
      context.workbook.worksheets.getItem("Data").getUsedRangeOrNullObject(true).load("values");
      await context.sync();
    });
    expect(code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("row heights and page setup", () => {
  it("sets the height of every row a range spans, refusing heights Excel has not and protected sheets", async () => {
    const sim = simWith("A", "Locked");
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      sheet.getRange("3:5").format.rowHeight = 30;
      sheet.getRange("B7:C8").format.rowHeight = 409;
      sheet.getRange("4:4").format.rowHeight = 0;
      expect(() => sheet.getRange("3:3").format.rowHeight).toThrowError(
        expect.objectContaining({ code: "PropertyNotLoaded" }),
      );
      await context.sync();
    });
    expect(sim.snapshot().sheets[0]?.rowHeights).toEqual([
      [3, 30],
      [4, 0],
      [5, 30],
      [7, 409],
      [8, 409],
    ]);
    for (const height of [409.5, -1, Number.NaN]) {
      expect(
        await failure(sim, async (context) => {
          context.workbook.worksheets.getItem("A").getRange("1:1").format.rowHeight = height;
          await context.sync();
        }),
      ).toBe("InvalidArgument");
    }
    sim.sheet("Locked").protected = true;
    expect(
      await failure(sim, async (context) => {
        context.workbook.worksheets.getItem("Locked").getRange("1:1").format.rowHeight = 20;
        await context.sync();
      }),
    ).toBe("AccessDenied");
    expect(sim.sheet("A").rowHeights.has(1)).toBe(false);
  });

  it("records the print area, the header and footer parts and the manual page breaks", async () => {
    const sim = simWith("A");
    await sim.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("A");
      sheet.pageLayout.setPrintArea("$A$1:$H$40");
      const parts = sheet.pageLayout.headersFooters.defaultForAllPages;
      parts.centerHeader = "阳光花园 && 物业";
      parts.rightFooter = "第 &P 页，共 &N 页";
      expect(() => parts.centerHeader).toThrowError(expect.objectContaining({ code: "PropertyNotLoaded" }));
      sheet.horizontalPageBreaks.add("A30");
      sheet.horizontalPageBreaks.add(sheet.getRange("C12:D14"));
      sheet.horizontalPageBreaks.add("B30");
      await context.sync();
    });
    const snapshot = sim.snapshot().sheets[0];
    expect(snapshot?.pageLayout).toMatchObject({
      printArea: "A1:H40",
      headerFooter: {
        leftHeader: "",
        centerHeader: "阳光花园 && 物业",
        rightHeader: "",
        leftFooter: "",
        centerFooter: "",
        rightFooter: "第 &P 页，共 &N 页",
      },
    });
    expect(snapshot?.horizontalPageBreaks).toEqual([12, 30]);
    await sim.run(async (context) => {
      context.workbook.worksheets.getItem("A").pageLayout.setPrintArea("A1:B2,D1:E2");
      await context.sync();
    });
    expect(sim.sheet("A").pageLayout.printArea).toBe("A1:B2,D1:E2");
  });

  it("refuses a header longer than Excel keeps (255 characters with its section codes), keeping the old one", async () => {
    const sim = simWith("A");
    await sim.run(async (context) => {
      const parts = context.workbook.worksheets.getItem("A").pageLayout.headersFooters.defaultForAllPages;
      parts.leftHeader = "左".repeat(100);
      parts.centerHeader = "中".repeat(149);
      parts.leftFooter = "页".repeat(253);
      await context.sync();
    });
    expect(
      await failure(sim, async (context) => {
        context.workbook.worksheets.getItem("A").pageLayout.headersFooters.defaultForAllPages.rightHeader =
          "右";
        await context.sync();
      }),
    ).toBe("InvalidArgument");
    expect(sim.sheet("A").pageLayout.headerFooter).toMatchObject({
      leftHeader: "左".repeat(100),
      rightHeader: "",
      leftFooter: "页".repeat(253),
    });
  });

  it("starts a sheet with no print area, header, footer, break or row height", () => {
    const sim = simWith("A");
    const [sheet] = sim.snapshot().sheets;
    expect(sheet?.rowHeights).toEqual([]);
    expect(sheet?.horizontalPageBreaks).toEqual([]);
    expect(sheet?.pageLayout).toEqual({
      orientation: "Portrait",
      paperSize: "Letter",
      zoom: { scale: 100 },
      printTitleRows: null,
      printArea: null,
      headerFooter: {
        leftHeader: "",
        centerHeader: "",
        rightHeader: "",
        leftFooter: "",
        centerFooter: "",
        rightFooter: "",
      },
    });
  });
});
