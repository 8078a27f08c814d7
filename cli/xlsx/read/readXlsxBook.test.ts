import { describe, expect, it } from "vitest";
import { encodeOwnerKey } from "../ownership";
import { openZip } from "../zipArchive";
import { readBookWithExcelJs } from "./excelJsBook.testkit";
import { readXlsxBook } from "./readXlsxBook";
import { MAX_GRID_CELLS } from "./readLimits";
import { XlsxReadError } from "./xlsxReadError";
import { xlsxFixture, type FixtureBook } from "./xlsxFixture.testkit";

async function read(book: FixtureBook) {
  const zip = openZip(xlsxFixture(book));
  if (zip === null) throw new Error("fixture is no zip");
  return readXlsxBook(zip);
}

async function readOne(body: string, rest: Omit<FixtureBook, "sheets"> = {}) {
  const book = await read({ sheets: [{ name: "表", body }], ...rest });
  const sheet = book.sheets[0];
  if (sheet === undefined) throw new Error("no sheet read");
  return sheet;
}

const row = (r: number, cells: string): string => `<row r="${r}">${cells}</row>`;
const data = (...rows: string[]): string => `<sheetData>${rows.join("")}</sheetData>`;

describe("readXlsxBook: cell values as Office.js Range.values gives them", () => {
  it("joins rich text runs and leaves phonetic runs out, in shared and inline strings", async () => {
    const sheet = await readOne(
      data(
        row(
          1,
          '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
            '<c r="C1" t="inlineStr"><is><r><t>一号</t></r><r><rPr><b/></rPr><t xml:space="preserve">楼 302</t></r></is></c>' +
            '<c r="D1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh></is></c>',
        ),
      ),
      {
        sharedStrings: [
          "<r><t>阳光</t></r><r><rPr><i/></rPr><t>花园</t></r>",
          '<t>東京</t><rPh sb="0" eb="2"><t>とうきょう</t></rPh><phoneticPr fontId="1"/>',
        ],
      },
    );
    expect(sheet.values).toEqual([["阳光花园", "東京", "一号楼 302", "漢字"]]);
  });

  it("decodes entities, character references and Excel's _xHHHH_ escapes in text", async () => {
    const sheet = await readOne(
      data(
        row(
          1,
          '<c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>&lt;b&gt; &#x4E00;&#20108;</t></is></c>' +
            '<c r="C1" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c>',
        ),
      ),
      { sharedStrings: ["<t>A &amp; B_x000D_\nC _x005F_x0041_</t>"] },
    );
    expect(sheet.values).toEqual([["A & B\r\nC _x0041_", "<b> 一二", "a<b"]]);
  });

  it("gives a formula's cached value: number, string, boolean, error; none when it has no cached value", async () => {
    const sheet = await readOne(
      data(
        row(
          1,
          '<c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
            '<c r="C1" t="b"><f>1&gt;0</f><v>1</v></c><c r="D1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
            '<c r="E1"><f>A1</f></c><c r="F1" t="str"><f>""</f><v></v></c>' +
            '<c r="G1"><f t="shared" ref="G1:G2" si="0">A1*2</f><v>4</v></c>',
        ),
        row(
          2,
          '<c r="G2"><f t="shared" si="0"/><v>0</v></c><c r="H2" t="b"><v>0</v></c><c r="I2" t="e"><v>#N/A</v></c>',
        ),
      ),
    );
    expect(sheet.values).toEqual([
      [2, "ab", true, "#DIV/0!", null, null, 4, null, null],
      [null, null, null, null, null, null, 0, false, "#N/A"],
    ]);
  });

  it("reads numbers as written, exponents and negatives too; one beyond a double is no value", async () => {
    const sheet = await readOne(
      data(
        row(
          1,
          '<c r="A1"><v>0.1</v></c><c r="B1"><v>-1.5E-3</v></c><c r="C1"><v>123456789012345678</v></c><c r="D1" t="n"><v>1e400</v></c>',
        ),
      ),
    );
    expect(sheet.values).toEqual([[0.1, -0.0015, Number("123456789012345678")]]);
  });

  it("gives dates as serials with their format, built-in and Chinese built-in ids included", async () => {
    const sheet = await readOne(
      data(
        row(
          1,
          '<c r="A1" s="1"><v>46027</v></c><c r="B1" s="2"><v>46027.75</v></c><c r="C1" s="3"><v>46027</v></c>' +
            '<c r="D1" s="4"><v>46027</v></c><c r="E1" s="5"><v>1200.5</v></c><c r="F1" s="6"><v>46027</v></c>' +
            '<c r="G1" s="7"><v>46027</v></c>',
        ),
      ),
      {
        numFmts: [
          [164, "yyyy-mm-dd hh:mm"],
          [165, '#,##0.00\\ "元"'],
          [14, "yyyy/m/d"],
        ],
        cellXfs: [0, 31, 164, 14, 58, 165, 0, 41],
      },
    );
    expect(sheet.values).toEqual([[46027, 46027.75, 46027, 46027, 1200.5, 46027, 46027]]);
    expect(sheet.numberFormats).toEqual([
      [
        'yyyy"年"m"月"d"日"',
        "yyyy-mm-dd hh:mm",
        "yyyy/m/d",
        'm"月"d"日"',
        '#,##0.00\\ "元"',
        "General",
        "General",
      ],
    ]);
  });

  it("keeps serials of the 1904 date system as they are, and says the book uses it", async () => {
    const book = await read({
      sheets: [
        {
          name: "Mac",
          body: data(row(1, '<c r="A1" s="1"><v>44565</v></c><c r="B1" t="d"><v>2026-01-05</v></c>')),
        },
      ],
      cellXfs: [0, 14],
      date1904: true,
    });
    expect(book.date1904).toBe(true);
    expect(book.sheets[0]?.values).toEqual([[44565, 46027 - 1462]]);
  });

  it('reads ISO date cells (t="d") as serials', async () => {
    const sheet = await readOne(
      data(
        row(
          1,
          '<c r="A1" t="d"><v>2026-01-05T18:00:00</v></c><c r="B1" t="d"><v>12:00</v></c><c r="C1" t="d"><v>soon</v></c>',
        ),
      ),
    );
    expect(sheet.values).toEqual([[46027.75, 0.5]]);
  });

  it("gives a date cell's serial as stored, as Office.js does (the ExcelJS reader rounded it through a Date)", async () => {
    const quarterPast = 1 / 96;
    const third = 46027 + 1 / 3;
    const sheet = await readOne(
      data(row(1, `<c r="A1" s="1"><v>${quarterPast}</v></c><c r="B1" s="1"><v>${third}</v></c>`)),
      {
        cellXfs: [0, 20],
      },
    );
    expect(sheet.values).toEqual([[quarterPast, third]]);
  });
});

describe("readXlsxBook: sheets and their used ranges", () => {
  it("lists every worksheet in the workbook's order, hidden ones too, chart sheets not", async () => {
    const one = data(row(1, '<c r="A1"><v>1</v></c>'));
    const book = await read({
      sheets: [
        { name: "Visible", body: one },
        { name: "Hidden", body: one, state: "hidden" },
        { name: "Very", body: one, state: "veryHidden" },
      ],
      chartSheets: [{ name: "Chart", part: "xl/chartsheets/sheet1.xml" }],
    });
    expect(book.sheets.map((s) => s.name)).toEqual(["Visible", "Hidden", "Very"]);
  });

  it("finds a sheet through the relationships whatever its part is called", async () => {
    const book = await read({
      sheets: [
        { name: "数据", body: data(row(1, '<c r="A1"><v>7</v></c>')), part: "xl/worksheets/data.xml" },
        { name: "深处", body: data(row(1, '<c r="A1"><v>8</v></c>')), part: "xl/other/Deep Sheet.xml" },
      ],
    });
    expect(book.sheets.map((s) => [s.name, s.values])).toEqual([
      ["数据", [[7]]],
      ["深处", [[8]]],
    ]);
  });

  it("keeps a merged area's value in its top-left cell only, and lists the areas", async () => {
    const sheet = await readOne(
      data(
        row(
          1,
          '<c r="A1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" t="inlineStr"><is><t>hidden</t></is></c>',
        ),
        row(2, '<c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"><v>3</v></c>'),
        row(3, '<c r="C3"><v>9</v></c><c r="D3"><v>99</v></c>'),
      ) + '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="D4:C3"/></mergeCells>',
    );
    expect(sheet.values).toEqual([
      ["标题", null, null],
      [1, 2, 3],
      [null, null, 9],
    ]);
    expect(sheet.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 3, left: 3, bottom: 4, right: 4 },
    ]);
  });

  it("gives the range from the first to the last cell with a value, empty styled cells not counted", async () => {
    const sheet = await readOne(
      '<dimension ref="A1:Z100"/>' +
        data(
          row(2, '<c r="A2" s="1"/><c r="C2"><v>1</v></c>'),
          row(4, '<c r="D4" t="inlineStr"><is><t>x</t></is></c><c r="H4" s="1"/>'),
        ),
      { cellXfs: [0, 2] },
    );
    expect(sheet.origin).toEqual({ row: 2, column: 3 });
    expect(sheet.values).toEqual([
      [1, null],
      [null, null],
      [null, "x"],
    ]);
  });

  it("does not widen the range for a stray blank cell far out (a space at XFD20000), but keeps blanks inside it", async () => {
    const sheet = await readOne(
      data(
        row(
          1,
          '<c r="A1" t="inlineStr"><is><t>名称</t></is></c><c r="B1" t="inlineStr"><is><t xml:space="preserve"> </t></is></c><c r="C1"><v>1</v></c>',
        ),
        row(20000, '<c r="XFD20000" t="inlineStr"><is><t xml:space="preserve"> </t></is></c>'),
        row(20001, '<c r="A20001" t="s"><v>0</v></c>'),
      ),
      { sharedStrings: ["<t>\u3000</t>"] },
    );
    expect(sheet.values).toEqual([["名称", " ", 1]]);
  });

  it("refuses a sheet whose values spread over more cells than one grid may hold", async () => {
    const error = await readOne(
      data(
        row(1, '<c r="A1"><v>1</v></c>'),
        row(20000, '<c r="XFD20000" t="inlineStr"><is><t>x</t></is></c>'),
      ),
    ).then(
      () => null,
      (e: unknown) => e,
    );
    expect(20000 * 16384).toBeGreaterThan(MAX_GRID_CELLS);
    expect(error).toBeInstanceOf(XlsxReadError);
    expect(error).toMatchObject({
      problem: "sheet-too-large",
      params: { sheet: "表", rows: "20000", columns: "16384" },
    });
  });

  it("places cells without a reference after the one before, in rows without a number after the row before", async () => {
    const sheet = await readOne(
      data('<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c><c><v>4</v></c></row>'),
    );
    expect(sheet.values).toEqual([
      [1, 2, null],
      [null, 3, 4],
    ]);
  });

  it("reads rows that come out of order, merges included", async () => {
    const sheet = await readOne(
      data(row(3, '<c r="A3"><v>3</v></c><c r="B3"><v>33</v></c>'), row(1, '<c r="A1"><v>1</v></c>')) +
        '<mergeCells><mergeCell ref="A3:B3"/></mergeCells>',
    );
    expect(sheet.values).toEqual([[1], [null], [3]]);
  });

  it("reads elements with a namespace prefix", async () => {
    const book = await read({
      sheets: [{ name: "x", body: "" }],
    });
    expect(book.sheets[0]?.values).toEqual([]);
    const prefixed = await readOne(
      '<x:sheetData xmlns:x="urn:x"><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>p</x:t></x:is></x:c></x:row></x:sheetData>',
    );
    expect(prefixed.values).toEqual([["p"]]);
  });

  it("gives an empty sheet as empty values at A1", async () => {
    expect(await readOne(data())).toEqual({
      name: "表",
      values: [],
      origin: { row: 1, column: 1 },
      numberFormats: [],
    });
  });

  it("sets ownerKey from the _PropDesk markers, whatever case the sheet name is written in", async () => {
    const one = data(row(1, '<c r="A1"><v>1</v></c>'));
    const book = await read({
      sheets: [
        { name: "Input", body: one },
        { name: "Plan 2027-01", body: one },
        { name: "O'Brien, Ltd", body: one },
      ],
      definedNames: [
        ["Quantities", "Input!$A$1:$A$9"],
        [encodeOwnerKey("purchase-plan/plan/2027-01"), "'plan 2027-01'!$A$1"],
        [encodeOwnerKey("gone"), "#REF!$A$1"],
        [encodeOwnerKey("b/1"), "'O''Brien, Ltd'!$A$1"],
      ],
    });
    expect(book.sheets.map((s) => s.ownerKey)).toEqual([undefined, "purchase-plan/plan/2027-01", "b/1"]);
  });
});

describe("readXlsxBook on damaged parts", () => {
  async function problem(book: FixtureBook): Promise<unknown> {
    return read(book).then(
      () => null,
      (e: unknown) => e,
    );
  }

  it.each([
    ["an element closed by another's end tag", data('<row r="1"><c r="A1"><v>1</v></row>')],
    ["a part that stops inside a tag", '<sheetData><row r="1"><c r="A1"'],
    ["a reference to a shared string the table lacks", data(row(1, '<c r="A1" t="s"><v>5</v></c>'))],
    ["a cell reference beyond the sheet", data(row(1, '<c r="XFE1"><v>5</v></c>'))],
    ["an undefined entity", data(row(1, '<c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c>'))],
  ])("refuses %s as damaged, naming the part", async (_, body) => {
    const error = await problem({ sheets: [{ name: "表", body }] });
    expect(error).toBeInstanceOf(XlsxReadError);
    expect(error).toMatchObject({ problem: "damaged", params: { part: "xl/worksheets/sheet1.xml" } });
  });
});

describe("readXlsxBook beside the ExcelJS reader on hand-made parts", () => {
  it("agrees where ExcelJS reads the XML right", async () => {
    const bytes = xlsxFixture({
      sheets: [
        {
          name: "收费",
          body:
            data(
              row(1, '<c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c>'),
              row(
                2,
                '<c r="B2" s="1"><v>46027</v></c><c r="C2" s="2"><v>1200.5</v></c><c r="D2"><f>C2*2</f><v>2401</v></c>',
              ),
              row(
                3,
                '<c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#N/A</v></c><c r="D3" t="str"><f>B1</f><v>户号</v></c>',
              ),
            ) + '<mergeCells count="1"><mergeCell ref="B1:C1"/></mergeCells>',
        },
        { name: "Hidden", body: data(row(5, '<c r="E5" s="3"><v>45000.5</v></c>')), state: "hidden" },
      ],
      sharedStrings: ["<t>户号</t>", "<r><t>金</t></r><r><t>额</t></r>"],
      numFmts: [[164, "yyyy-mm-dd"]],
      cellXfs: [0, 164, 4, 32],
    });
    const zip = openZip(bytes);
    if (zip === null) throw new Error("fixture is no zip");
    expect(await readXlsxBook(zip)).toEqual(await readBookWithExcelJs(bytes));
  });
});
