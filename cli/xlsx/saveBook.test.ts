import { link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { UserError } from "../userError";
import { readXlsxFile } from "./readBook";
import { saveXlsx } from "./saveBook";

const dirs: string[] = [];
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "propdesk-savebook-"));
  dirs.push(dir);
});
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

function smallWorkbook(text: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Sheet1").getCell("A1").value = text;
  return workbook;
}

async function userErrorOf(promise: Promise<unknown>): Promise<UserError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe("saveXlsx", () => {
  it("writes a readable workbook and leaves no temporary file behind", async () => {
    const path = join(dir, "out.xlsx");
    await saveXlsx(smallWorkbook("hello"), path);
    expect(await readdir(dir)).toEqual(["out.xlsx"]);
    const { book } = await readXlsxFile(path);
    expect(book.sheets[0]?.values).toEqual([["hello"]]);
  });

  it("replaces an existing output file", async () => {
    const path = join(dir, "out.xlsx");
    await writeFile(path, "old content");
    await saveXlsx(smallWorkbook("new"), path);
    expect((await readXlsxFile(path)).book.sheets[0]?.values).toEqual([["new"]]);
    expect(await readdir(dir)).toEqual(["out.xlsx"]);
  });

  it("refuses to write over the file the workbook was read from", async () => {
    const input = join(dir, "in.xlsx");
    await saveXlsx(smallWorkbook("input"), input);
    const before = await readFile(input);
    const { workbook } = await readXlsxFile(input);
    const error = await userErrorOf(saveXlsx(workbook, join(dir, ".", "in.xlsx")));
    expect(error.code).toBe("overwrite-input");
    expect(error.message).toContain("in.xlsx");
    expect(await readFile(input)).toEqual(before);
  });

  it("refuses to write over the input given by path, also through a hard link", async () => {
    const input = join(dir, "in.xlsx");
    await saveXlsx(smallWorkbook("input"), input);
    const alias = join(dir, "alias.xlsx");
    await link(input, alias);
    const before = await readFile(input);
    expect((await userErrorOf(saveXlsx(smallWorkbook("x"), input, input))).code).toBe("overwrite-input");
    expect((await userErrorOf(saveXlsx(smallWorkbook("x"), alias, input))).code).toBe("overwrite-input");
    expect(await readFile(input)).toEqual(before);
  });

  it("names a missing folder and a folder in the way, leaving nothing behind", async () => {
    const missing = join(dir, "no-such-folder", "out.xlsx");
    const noFolder = await userErrorOf(saveXlsx(smallWorkbook("x"), missing));
    expect(noFolder.code).toBe("no-folder");
    expect(noFolder.message).toContain(join(dir, "no-such-folder"));
    await mkdir(join(dir, "taken.xlsx"));
    expect((await userErrorOf(saveXlsx(smallWorkbook("x"), join(dir, "taken.xlsx")))).code).toBe("is-folder");
    expect(await readdir(dir)).toEqual(["taken.xlsx"]);
  });

  it("keeps the previous file when the workbook cannot be written", async () => {
    const path = join(dir, "out.xlsx");
    await saveXlsx(smallWorkbook("previous"), path);
    const broken = smallWorkbook("x");
    broken.xlsx.writeBuffer = () => Promise.reject(new Error("boom"));
    await expect(saveXlsx(broken, path)).rejects.toThrow("boom");
    expect((await readXlsxFile(path)).book.sheets[0]?.values).toEqual([["previous"]]);
    expect(await readdir(dir)).toEqual(["out.xlsx"]);
  });
});
