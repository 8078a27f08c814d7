import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { UserError } from "../userError";
import { readBookFile } from "./readBook";
import { MAX_PART_BYTES } from "./read/readLimits";
import { deflatedZeros, rawZip, xlsxEntries, xlsxFixture } from "./read/xlsxFixture.testkit";

vi.mock("exceljs", () => {
  throw new Error("readBookFile loaded ExcelJS");
});

const FIXTURE = join(import.meta.dirname, "../../test/fixtures/purchase-plan/requests.xlsx");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "propdesk-readbookfile-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function save(name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function failure(path: string): Promise<UserError> {
  const error: unknown = await readBookFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  const userError = error as UserError;
  expect(userError.message).toContain(path);
  expect(userError.message).not.toContain("\n");
  return userError;
}

const cfb = (stream: string): Uint8Array =>
  Buffer.concat([
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    Buffer.alloc(500),
    Buffer.from(stream, "utf16le"),
  ]);

describe("readBookFile", () => {
  it("reads a workbook without loading ExcelJS", async () => {
    const book = await readBookFile(FIXTURE);
    expect(book.sheets.map((s) => s.name)).toEqual(["工程部", "客服部", "综合申请"]);
    expect(book.sheets[0]?.values[2]).toEqual([
      "类别",
      "物资名称",
      "规格型号",
      "单位",
      "申请数量",
      "单价",
      "金额",
      "备注",
    ]);
  });

  it.each([
    ["a missing file", async () => join(dir, "none.xlsx"), "file-not-found"],
    [
      "a folder",
      async () => {
        await mkdir(join(dir, "folder.xlsx"));
        return join(dir, "folder.xlsx");
      },
      "is-folder",
    ],
    ["a password-protected workbook", () => save("secret.xlsx", cfb("EncryptionInfo")), "encrypted"],
    ["an old .xls", () => save("old.xlsx", cfb("Workbook")), "old-xls"],
    ["a text file", () => save("list.xlsx", Buffer.from("户号,金额\n")), "not-xlsx"],
    [
      "a truncated .xlsx",
      async () => {
        const bytes = await readFile(FIXTURE);
        return save("cut.xlsx", bytes.subarray(0, bytes.length - 100));
      },
      "damaged",
    ],
    [
      "an .xlsx whose sheet is not well-formed",
      () =>
        save(
          "bad.xlsx",
          xlsxFixture({ sheets: [{ name: "表", body: '<sheetData><row r="1"></c></sheetData>' }] }),
        ),
      "damaged",
    ],
  ])("refuses %s with one line and its code", async (_, make, code) => {
    expect((await failure(await make())).code).toBe(code);
  });

  it("refuses a sheet that inflates past the size it declares (a zip bomb that lies) as damaged, naming it", async () => {
    const entries = xlsxEntries({ sheets: [{ name: "表", body: "" }] }).map(([name, content]) => ({
      name,
      method: 0 as const,
      data: typeof content === "string" ? Buffer.from(content) : content,
      declaredSize: typeof content === "string" ? Buffer.byteLength(content) : content.length,
    }));
    const bomb = entries.map((entry) =>
      entry.name === "xl/worksheets/sheet1.xml"
        ? { name: entry.name, method: 8 as const, data: deflatedZeros(1100), declaredSize: 2000 }
        : entry,
    );
    const error = await failure(await save("bomb.xlsx", rawZip(bomb)));
    expect(error.code).toBe("damaged");
    expect(error.params.reason).toMatch(/xl\/worksheets\/sheet1\.xml: it inflates past the 2000 bytes/);
  });

  it("refuses a sheet that declares more than the part limit before inflating it, naming it and the limit", async () => {
    const entries = xlsxEntries({ sheets: [{ name: "表", body: "" }] }).map(([name, content]) => {
      const data = typeof content === "string" ? Buffer.from(content) : content;
      return name === "xl/worksheets/sheet1.xml"
        ? { name, method: 8 as const, data: deflatedZeros(1), declaredSize: MAX_PART_BYTES + 1 }
        : { name, method: 0 as const, data, declaredSize: data.length };
    });
    const error = await failure(await save("declared.xlsx", rawZip(entries)));
    expect(error.code).toBe("part-too-large");
    expect(error.params).toMatchObject({ part: "xl/worksheets/sheet1.xml", limit: "512" });
  });

  it("refuses a sheet whose values spread over more cells than a grid may hold, naming it", async () => {
    const body =
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row>' +
      '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>';
    const error = await failure(await save("far.xlsx", xlsxFixture({ sheets: [{ name: "远", body }] })));
    expect(error.code).toBe("sheet-too-large");
    expect(error.params).toMatchObject({ sheet: "远", rows: "1048576", columns: "16384" });
  });
});
