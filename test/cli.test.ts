import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { mkdtemp, writeFile, copyFile, mkdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./helpers/runCli";

const FIXTURE = resolve(import.meta.dirname, "fixtures/purchase-plan/requests.xlsx");

describe("propdesk command line", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "propdesk-cli-"));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("lists jobs and options with --help", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("purchase-plan");
    expect(run.stdout).toContain("company-plan");
    expect(run.stdout).toContain("--json");
  });

  const unusable: [string, () => Promise<string>, RegExp][] = [
    ["a missing file", async () => join(dir, "nope.xlsx"), /nope\.xlsx/],
    [
      "a text file named .xlsx",
      async () => {
        const p = join(dir, "text.xlsx");
        await writeFile(p, "hello");
        return p;
      },
      /text\.xlsx/,
    ],
    [
      "a password-protected workbook",
      async () => {
        const p = join(dir, "locked.xlsx");
        const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        await writeFile(
          p,
          Buffer.concat([header, Buffer.alloc(512), Buffer.from("EncryptionInfo", "utf16le")]),
        );
        return p;
      },
      /密码/,
    ],
    [
      "a folder",
      async () => {
        const p = join(dir, "folder.xlsx");
        await mkdir(p, { recursive: true });
        return p;
      },
      /folder\.xlsx/,
    ],
    [
      "a workbook with no request sheet",
      async () => {
        const p = join(dir, "other.xlsx");
        const book = new ExcelJS.Workbook();
        book.addWorksheet("说明").getCell("A1").value = "nothing to see";
        await book.xlsx.writeFile(p);
        return p;
      },
      /物资采购申请单/,
    ],
  ];

  it.each(unusable)(
    "exits 2 with one clear line and no stack trace for %s",
    async (_what, make, mentions) => {
      const path = await make();
      const run = await runCli(["purchase-plan", path, "--month", "2027-01"]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(run.stderr).toMatch(mentions);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it.each([
    [["purchase-plan", "x.xlsx", "--month", "2027-13"], /--month/],
    [["purchase-plan", "x.xlsx", "--lang", "fr"], /--lang/],
    [["purchase-plan"], /propdesk purchase-plan <工作簿\.xlsx>/],
    [["inventroy", "x.xlsx"], /inventroy/],
    [
      ["inventory", "x.xlsx", "--month", "2026-12", "--count-date", "2027-01-05"],
      /--count-date 2027-01-05 不在 --month 2026-12 之内/,
    ],
  ])("exits 2 for bad usage %j", async (args, mentions) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(mentions);
  });

  it("writes <name>.propdesk.xlsx beside the input by default and prints a summary", async () => {
    const input = join(dir, "申请.xlsx");
    await copyFile(FIXTURE, input);
    const run = await runCli(["purchase-plan", input, "--month", "2027-01", "--today", "2026-12-01"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(join(dir, "申请.propdesk.xlsx"));
    expect(run.stdout).toContain("548.80");
    const refuse = await runCli(["purchase-plan", input, "-o", input]);
    expect(refuse.code).toBe(2);
  });

  it("speaks English with --lang en", async () => {
    const input = join(dir, "en.xlsx");
    await copyFile(FIXTURE, input);
    const run = await runCli(["purchase-plan", input, "--month", "2027-01", "--json", "--lang", "en"]);
    const report = JSON.parse(run.stdout) as { issues: { message: string }[] };
    expect(report.issues[0]?.message).toBe('"申请数量" should be a number, found "两个"');
  });
});
