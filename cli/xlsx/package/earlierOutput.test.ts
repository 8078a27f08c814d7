import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SheetSpec } from "../../../core/index";
import { blankWorkbook } from "./blankWorkbook";
import { memorySink } from "./byteSink";
import { readEarlierOutput } from "./earlierOutput";
import { writePackage } from "./writePackage";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "propdesk-earlier-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const SPEC: SheetSpec = {
  name: "费用统计 2026-11",
  key: "fee-statistics/2026-11",
  cells: [["费用统计"]],
  columns: [{ width: 10 }],
  styles: [],
  numberFormats: [],
  merges: [],
};

async function workbook(sheets: string[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const name of sheets) book.addWorksheet(name).getCell("A1").value = name;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function withSpec(input: Uint8Array): Promise<Uint8Array> {
  const sink = memorySink();
  await writePackage(input, [SPEC], sink);
  return sink.bytes();
}

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

const INPUT = ["收费台账", "收款明细"];

describe("readEarlierOutput", () => {
  it("finds nothing where there is no file, or a folder the write will refuse", async () => {
    expect(await readEarlierOutput(join(dir, "none.xlsx"), INPUT)).toEqual({ kind: "none" });
    const folder = join(dir, "folder.xlsx");
    await mkdir(folder);
    expect(await readEarlierOutput(folder, INPUT)).toEqual({ kind: "none" });
  });

  it("takes an output of this input, naming its sheets that are neither PropDesk's nor the input's", async () => {
    const bytes = await withSpec(await workbook(["收费台账", "收款明细", "我的备注"]));
    const found = await readEarlierOutput(await file("earlier.xlsx", bytes), INPUT);
    expect(found.kind === "earlier" && found.others).toEqual(["我的备注"]);
    expect(found.kind === "earlier" && Buffer.from(found.bytes).equals(Buffer.from(bytes))).toBe(true);
  });

  it("takes a hand-in workbook, which holds PropDesk's sheets alone", async () => {
    const found = await readEarlierOutput(
      await file("handin.xlsx", await withSpec(await blankWorkbook())),
      INPUT,
    );
    expect(found).toMatchObject({ kind: "earlier", others: [] });
  });

  const foreign: [string, () => Promise<Uint8Array | string>, string][] = [
    ["a text file", async () => "not a workbook", "unreadable"],
    ["a workbook without PropDesk's sheets", async () => workbook(["收费台账"]), "no-propdesk-sheets"],
    [
      "PropDesk's output of another workbook",
      async () => withSpec(await workbook(["考勤"])),
      "other-workbook",
    ],
  ];
  it.each(foreign)("does not take %s", async (_what, make, reason) => {
    const path = await file(`foreign-${reason}.xlsx`, await make());
    expect(await readEarlierOutput(path, INPUT)).toEqual({ kind: "foreign", reason });
  });
});
