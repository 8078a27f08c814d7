import { execFileSync, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeOwnerKey } from "../core/index";
import type { Stats } from "node:fs";
import { refuseUnlessFile, writeOutputFile } from "../cli/xlsx/package/outputFile";
import { makeFolder } from "../cli/makeFolder";
import { UserError } from "../cli/userError";
import { partsOf, smallDemoSheets, workbookOf } from "./fixtures/hostile/baseWorkbook";
import { deflateChunks, repeated } from "./fixtures/hostile/hostileZip";
import { PackageEdit } from "./fixtures/hostile/packageEdit";
import { inProcessCli } from "./helpers/inProcessCli";
import { ensureCliBundle } from "../cli/bundle/ensureCliBundle.mjs";
import { writeSampleWorkbook } from "../cli/demo/sampleWorkbook";

const BIN = resolve(import.meta.dirname, "../cli/bin.mjs");

/** Every refusal of the command line: exit 2, one line on stderr, nothing on stdout, no stack trace. */
async function refused(args: string[]): Promise<string> {
  const run = await inProcessCli(args);
  expect(run.crash, args.join(" ")).toBeNull();
  expect(run.code, `${args.join(" ")}: ${run.stderr}`).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines, run.stderr).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at |ERR_PARSE_ARGS/);
  return lines[0] ?? "";
}

async function userErrorOf(promise: Promise<unknown>): Promise<UserError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof UserError)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error;
}

describe("usage mistakes are one line in the reader's language, for every command (issue 18)", () => {
  it.each([
    [
      ["demo", "--foo"],
      "propdesk: demo 没有选项 --foo（最接近的：--today）；可用的选项：--out-dir、--today、--lang",
    ],
    [
      ["demo", "--foo", "--lang", "en"],
      "propdesk: demo has no option --foo (the nearest: --today); its options:",
    ],
    [["demo", "extra.xlsx"], "propdesk: demo 不接受参数“extra.xlsx”"],
    [["demo", "--today", "foo"], "propdesk: --today 应为 YYYY-MM-DD，这里是“foo”"],
    [["demo", "--today"], "propdesk: --today 后面缺少取值"],
    [
      ["company-plan", "a.xlsx", "--mnth", "2027-01", "--lang", "zh-TW"],
      "propdesk: company-plan 沒有選項 --mnth（最接近的：--month）",
    ],
    [["company-plan", "a.xlsx", "--today", "foo"], "propdesk: --today 应为 YYYY-MM-DD，这里是“foo”"],
    [["company-plan", "a.xlsx", "--json=yes", "--lang", "en"], 'propdesk: --json takes no value (got "yes")'],
    [
      ["purchase-plan", "a.xlsx", "b.xlsx"],
      "propdesk: purchase-plan 多了一个参数“b.xlsx”（一次只处理一个工作簿）",
    ],
    [["purchase-plan", "a.xlsx", "--today", "foo"], "propdesk: --today 应为 YYYY-MM-DD，这里是“foo”"],
    [["inventory", "a.xlsx", "--month"], "propdesk: --month 后面缺少取值"],
    [["run", "--all", "a.xlsx", "--lang", "en", "--month"], "propdesk: --month needs a value after it"],
  ])("%j", async (args, start) => {
    expect((await refused(args)).slice(0, start.length)).toBe(start);
  });
});

describe("inputs and outputs that are not files (issue 18)", () => {
  let dir: string;
  let input: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "propdesk-refusals-"));
    input = join(dir, "input.xlsx");
    await writeFile(input, await workbookOf(smallDemoSheets()));
    execFileSync("mkfifo", [join(dir, "pipe.xlsx")]);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    [
      "a device as input",
      () => ["purchase-plan", "/dev/zero"],
      /不是工作簿文件，而是管道或设备：\/dev\/zero/,
    ],
    ["a pipe as input", () => ["inventory", join(dir, "pipe.xlsx")], /管道或设备：.*pipe\.xlsx/],
    ["a device as company-plan input", () => ["company-plan", "/dev/zero"], /管道或设备：\/dev\/zero/],
    [
      "a pipe as output",
      () => ["purchase-plan", input, "-o", join(dir, "pipe.xlsx")],
      /不会写入：.*pipe\.xlsx/,
    ],
    [
      "a pipe as run's output",
      () => ["run", "--all", input, "-o", join(dir, "pipe.xlsx")],
      /不会写入：.*pipe\.xlsx/,
    ],
    [
      "an output folder that does not exist (the folder named)",
      () => ["purchase-plan", input, "-o", join(dir, "missing", "deeper", "out.xlsx")],
      /^propdesk: 文件夹不存在：\/.*missing\/deeper$/,
    ],
    [
      "a demo folder under /proc",
      () => ["demo", "--out-dir", "/proc/propdesk-demo"],
      /无法创建文件夹：\/proc\/propdesk-demo/,
    ],
    [
      "a demo folder under a file",
      () => ["demo", "--out-dir", join(input, "demo")],
      /这是文件，不是文件夹：.*input\.xlsx$/,
    ],
  ])("refuses %s", async (_what, args, mentions) => {
    expect(await refused(args())).toMatch(mentions);
  });

  it("goes on and writes its output when the reader of its JSON goes away (| head -1), with no EPIPE trace", async () => {
    await ensureCliBundle();
    const sample = join(dir, "sample.xlsx");
    await writeSampleWorkbook(sample, "2026-12-04");
    const out = join(dir, "piped.xlsx");
    const args = [BIN, "run", "--all", sample, "--today", "2026-12-04", "-o", out, "--json"];
    const child = spawn(process.execPath, args);
    child.stdout.once("data", () => child.stdout.destroy());
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
    expect((await readFile(out)).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("company-plan refuses a workbook with neither a plan nor requests, naming it (exit 2, not 0)", async () => {
    const other = join(dir, "其他项目.xlsx");
    await writeFile(other, await workbookOf([{ name: "说明", rows: [["只是说明"]] }]));
    const line = await refused([
      "company-plan",
      input,
      other,
      "--month",
      "2027-01",
      "-o",
      join(dir, "c.xlsx"),
    ]);
    expect(line).toBe(
      "propdesk: 其他项目 中既没有 2027-01 的采购计划明细，也没有物资采购申请单，无法汇总公司采购计划",
    );
  });

  it("refuses, and leaves as it is, an earlier output whose PropDesk sheet cannot be read to be kept", async () => {
    const unit = '<row><c r="A1" s="0"/></row>';
    const times = Math.floor((700 * 1024 ** 2) / unit.length);
    const { deflated, crc } = deflateChunks(
      repeated("<worksheet><sheetData>", unit, times, "</sheetData></worksheet>"),
    );
    const marker = encodeOwnerKey("fee-statistics/2026-11");
    const earlier = new PackageEdit(partsOf(await readFile(input)))
      .addSheet({
        name: "费用统计",
        content: "",
        entry: { name: "", deflated, declaredSize: 4096, declaredCrc: crc },
      })
      .edit("xl/workbook.xml", (xml) =>
        xml.replace(
          "</sheets>",
          `</sheets><definedNames><definedName name="${marker}" hidden="1">'费用统计'!$A$1</definedName></definedNames>`,
        ),
      )
      .zip();
    const out = join(dir, "earlier.xlsx");
    await writeFile(out, earlier);
    const line = await refused(["purchase-plan", input, "--today", "2026-12-04", "-o", out]);
    expect(line).toMatch(
      /^propdesk: 上次的输出 .*earlier\.xlsx 无法读取（.+），其中的工作表无法保留，因此未覆盖它/,
    );
    expect(Buffer.compare(await readFile(out), earlier)).toBe(0);
  });
});

describe("write failures name their cause (issue 18)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "propdesk-write-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ["ENOSPC", "disk-full"],
    ["EDQUOT", "disk-full"],
    ["EROFS", "read-only"],
    ["EACCES", "cannot-write"],
  ])("%s while writing is %s, and no temporary file is left", async (code, expected) => {
    const failing = () => Promise.reject(Object.assign(new Error(code), { code }));
    const error = await userErrorOf(writeOutputFile(join(dir, "out.xlsx"), [], failing));
    expect(error.code).toBe(expected);
    expect(error.params["path"]).toBe(join(dir, "out.xlsx"));
    expect(execFileSync("ls", ["-A", dir], { encoding: "utf8" })).toBe("");
  });

  it("refuses a device as output by what it is, and takes nothing there or a regular file", () => {
    const kind = (file: boolean, folder: boolean) =>
      ({ isFile: () => file, isDirectory: () => folder }) as Stats;
    expect(() => refuseUnlessFile(kind(false, false), "/dev/null")).toThrow(
      /pipe or device, so nothing is written to it: \/dev\/null/,
    );
    expect(() => refuseUnlessFile(kind(false, true), "/tmp")).toThrow(/folder/);
    expect(() => refuseUnlessFile(kind(true, false), "out.xlsx")).not.toThrow();
    expect(() => refuseUnlessFile(undefined, "out.xlsx")).not.toThrow();
  });

  it("makes missing folders one at a time and takes one already there", async () => {
    const deep = join(dir, "a", "b", "c");
    await makeFolder(deep);
    await makeFolder(deep);
    expect(execFileSync("ls", ["-A", join(dir, "a", "b")], { encoding: "utf8" })).toBe("c\n");
    await rm(join(dir, "a"), { recursive: true });
  });
});
