import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { mkdtemp, writeFile, copyFile, mkdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./helpers/runCli";
import { JOBS, findJob, LANGS, type JobDefinition, type JobParams } from "../core/index";
import { parseJobArgs } from "../cli/main";
import { parseRunArgs } from "../cli/commands/runArgs";
import { sofficeOnPath } from "../cli/soffice";
import { jobHelpText, jobExamples } from "../cli/help";
import { runHelpText } from "../cli/runHelp";
import { jobOptions } from "../cli/jobOptions";
import { UserError } from "../cli/userError";
import { readXlsxFile } from "../cli/xlsx/readBook";
import { openZip } from "../cli/xlsx/zipArchive";
import { asXlsm, VBA_PROJECT } from "../cli/xlsx/package/featureWorkbooks.testkit";
import type { JsonReport } from "./helpers/golden";

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
    // each input sheet's reading, as the table it was read as, its header row and its row counts
    const readings = run.stdout
      .split("\n")
      .filter((line) => /^ {2}「.+」物资采购申请单，表头第 \d+ 行；读入 \d+ 行/.test(line));
    expect(readings.map((line) => /「(.+)」/.exec(line)?.[1])).toEqual(["工程部", "客服部", "综合申请"]);
    const refuse = await runCli(["purchase-plan", input, "-o", input]);
    expect(refuse.code).toBe(2);
  });

  it("keeps an .xlsm's macros: writes <name>.propdesk.xlsm, and says so when -o names it .xlsx", async () => {
    const input = join(dir, "宏.xlsm");
    await writeFile(input, asXlsm(new Uint8Array(await readFile(FIXTURE))));
    const run = await runCli(["purchase-plan", input, "--month", "2027-01", "--lang", "en"]);
    expect(run.code, run.stderr).toBe(0);
    const output = openZip(new Uint8Array(await readFile(join(dir, "宏.propdesk.xlsm"))));
    expect(Buffer.from(output?.read("xl/vbaProject.bin") ?? []).equals(Buffer.from(VBA_PROJECT))).toBe(true);
    expect(run.stdout).not.toContain(".xlsm extension");
    const renamed = await runCli([
      "purchase-plan",
      input,
      "--month",
      "2027-01",
      "--lang",
      "en",
      "-o",
      join(dir, "宏.xlsx"),
    ]);
    expect(renamed.stdout).toContain(
      "holds macros, and Excel opens such a workbook only with the .xlsm extension",
    );
  });

  it("speaks English with --lang en", async () => {
    const input = join(dir, "en.xlsx");
    await copyFile(FIXTURE, input);
    const run = await runCli(["purchase-plan", input, "--month", "2027-01", "--json", "--lang", "en"]);
    const report = JSON.parse(run.stdout) as { issues: { message: string }[] };
    expect(report.issues[0]?.message).toBe('"申请数量" should be a number, found "两个"');
  });

  it("--json gives how each sheet was read beside the issues, and so does the issues sheet", async () => {
    const input = join(dir, "readings.xlsx");
    const out = join(dir, "readings.out.xlsx");
    await copyFile(FIXTURE, input);
    const run = await runCli(["purchase-plan", input, "--month", "2027-01", "--json", "-o", out]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as JsonReport<object>;
    const keys = Object.keys(report);
    expect(keys.slice(-2)).toEqual(["issues", "readings"]);
    expect(report.readings.map((r) => [r.sheet, r.table, r.role, r.headerRows])).toEqual([
      ["工程部", "物资采购申请单", "purchase-requests", [3]],
      ["客服部", "物资采购申请单", "purchase-requests", [3]],
      ["综合申请", "物资采购申请单", "purchase-requests", [2]],
    ]);
    const [engineering] = report.readings;
    expect(engineering!.columns.slice(0, 3)).toEqual([
      { column: "A", key: "category", field: "类别" },
      { column: "B", key: "item", field: "物资名称" },
      { column: "C", key: "spec", field: "规格" },
    ]);
    expect(engineering!.counts).toEqual({
      read: 2,
      rejected: 2,
      skipped: { blank: 1, header: 0, total: 1, section: 0, notes: 0 },
    });
    // each rejected row is a row an error names
    const errorRows = (report.issues as unknown as { severity: string; sheet?: string; row?: number }[])
      .filter((i) => i.severity === "error" && i.row !== undefined)
      .map((i) => `${i.sheet}!${i.row}`);
    expect(report.readings.reduce((n, r) => n + r.counts.rejected, 0)).toBe(new Set(errorRows).size);

    const { book } = await readXlsxFile(out);
    const issuesSheet = book.sheets.find((s) => s.name === "问题清单 2027-01 采购计划");
    const lines = (issuesSheet?.values ?? []).map((row) => String(row[0] ?? ""));
    const from = lines.indexOf("读取情况");
    expect(from).toBeGreaterThan(0);
    expect(lines.slice(from, from + 4)).toEqual([
      "读取情况",
      "工程部：物资采购申请单，表头第 3 行",
      "    列：A 类别，B 物资名称，C 规格，D 单位，E 数量，F 单价，G 金额，H 备注",
      "    读入 2 行，出错未计入 2 行；跳过：空行 1，小计/合计 1，分节标题 0，备注/签字 0",
    ]);

    const en = await runCli([
      "purchase-plan",
      input,
      "--month",
      "2027-01",
      "--json",
      "--lang",
      "en",
      "-o",
      out,
    ]);
    const inEnglish = JSON.parse(en.stdout) as JsonReport<object>;
    expect(inEnglish.readings[0]).toMatchObject({ sheet: "工程部", table: "purchase request sheet" });
    expect(inEnglish.readings[0]!.columns[1]).toEqual({ column: "B", key: "item", field: "Item" });
  });

  it.each([
    [
      "zh-CN",
      /^propdesk: .*无法用于每周收费明细：工作簿中找不到收款明细（实收）。最接近的工作表：2026年物业费（月份横排成列：1月…12月）。应有的表头：收款日期/,
    ],
    [
      "en",
      /^propdesk: .*The workbook has no payments list\. Nearest sheet: 2026年物业费 \(months as columns: 1月…12月\)\. Headers looked for: Date \(/,
    ],
  ])(
    "refuses a fee ledger with months as columns (no payment dates) for the weekly list in one line that says what it found (%s)",
    async (lang, says) => {
      const path = join(dir, `months-${lang}.xlsx`);
      const book = new ExcelJS.Workbook();
      const ws = book.addWorksheet("2026年物业费");
      ws.addRow(["房号", "业主", "收费项目", ...Array.from({ length: 12 }, (_, i) => `${i + 1}月`)]);
      ws.addRow(["1-101", "张三", "物业费", ...Array.from({ length: 12 }, () => 300)]);
      await book.xlsx.writeFile(path);
      const run = await runCli([
        "weekly-collection",
        path,
        "--week-ending",
        "2026-11-25",
        "--lang",
        lang,
        "-o",
        join(dir, "never.xlsx"),
      ]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      const lines = run.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(says);
    },
  );
});

/** The job with an id (the tables below name registered jobs). */
const job = (id: string): JobDefinition => {
  const found = findJob(id);
  if (!found) throw new Error(`no job ${id}`);
  return found;
};

/** The message `parseJobArgs` refuses `args` with, or "" when it takes them. */
const refusal = (id: string, args: string[]): string => {
  try {
    parseJobArgs(args, job(id));
    return "";
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
};

/**
 * Each job's period and date options: from its `period` (month: --month; as-of: --as-of), its `dateOption`
 * (--count-date) and cli/jobOptions.ts's one table of what the declarations do not say yet (collection's
 * range and as-of date, cash-plan's as-of date, weekly-collection's --week-ending).
 */
const ACCEPTED: Record<string, string[]> = {
  "purchase-plan": ["month"],
  collection: ["month", "from", "to", "as-of"],
  inventory: ["month", "count-date"],
  attendance: ["month"],
  "weekly-collection": ["week-ending", "as-of"],
  "fee-statistics": ["month"],
  "cash-plan": ["month", "as-of"],
  advances: ["as-of"],
  calendar: ["month"],
  "duty-roster": ["month"],
  "service-log": ["month", "as-of"],
};

/** Each job's defaults as `propdesk --help --today 2026-12-04` describes them. */
const DEFAULTS: Record<string, string> = {
  "purchase-plan": "(default 2027-01, next month)",
  collection: "(default 2026-11, last month)",
  inventory: "(default 2026-12, this month)",
  attendance: "(default 2026-12, this month)",
  "weekly-collection": "(default 2026-12-02)",
  "fee-statistics": "(default 2026-11, last month)",
  "cash-plan": "(default 2027-01, next month)",
  advances: "(default 2026-12-04, today)",
  calendar: "(default 2026-12, this month)",
  "duty-roster": "(default 2027-01, next month)",
  "service-log": "(default 2026-11, last month)",
};

const EVERY_OPTION = [...new Set(Object.values(ACCEPTED).flat())];
const VALUE: Record<string, string> = {
  month: "2026-12",
  from: "2026-01",
  to: "2026-11",
  "as-of": "2026-11-30",
  "week-ending": "2026-12-02",
  "count-date": "2026-12-25",
};

describe("each job's command-line options come from its declaration", () => {
  it("covers every registered job", () => {
    expect(Object.keys(ACCEPTED).sort()).toEqual(JOBS.map((j) => j.id).sort());
  });

  it.each(Object.entries(ACCEPTED))("%s takes %j", (id, names) => {
    expect(jobOptions(job(id)).flatMap((o) => o.names)).toEqual(names);
  });

  it.each([
    ["purchase-plan", ["--month", "2027-01"], { month: "2027-01" }],
    ["collection", ["--month", "2026-11", "--as-of", "2026-11-30"], { month: "2026-11", asOf: "2026-11-30" }],
    ["collection", ["--from", "2026-01", "--to", "2026-11"], { from: "2026-01", to: "2026-11" }],
    [
      "inventory",
      ["--month", "2026-12", "--count-date", "2026-12-25"],
      { month: "2026-12", countDate: "2026-12-25" },
    ],
    ["attendance", ["--month", "2026-10"], { month: "2026-10" }],
    ["weekly-collection", ["--week-ending", "2026-11-25"], { asOf: "2026-11-25" }],
    ["weekly-collection", ["--as-of", "2026-11-25"], { asOf: "2026-11-25" }],
    ["fee-statistics", ["--month", "2026-11"], { month: "2026-11" }],
    ["cash-plan", ["--month", "2026-12", "--as-of", "2026-11-06"], { month: "2026-12", asOf: "2026-11-06" }],
    ["advances", ["--as-of=2026-11-30"], { asOf: "2026-11-30" }],
    ["duty-roster", ["--month", "2026-10"], { month: "2026-10" }],
    [
      "service-log",
      ["--month", "2026-10", "--as-of", "2026-11-05"],
      { month: "2026-10", asOf: "2026-11-05" },
    ],
  ] as [string, string[], Partial<JobParams>][])("%s %j sets %j", (id, args, params) => {
    const parsed = parseJobArgs(
      ["x.xlsx", ...args, "--today", "2026-12-04", "--json", "-o", "y.xlsx"],
      job(id),
    );
    expect(parsed).toEqual({
      workbook: "x.xlsx",
      out: "y.xlsx",
      json: true,
      lang: "zh-CN",
      handin: false,
      pdf: false,
      params: { today: "2026-12-04", lang: "zh-CN", ...params },
    });
  });

  const notTaken = Object.entries(ACCEPTED).flatMap(([id, names]) =>
    EVERY_OPTION.filter((o) => !names.includes(o)).map((o): [string, string] => [id, o]),
  );
  it.each(notTaken)("%s refuses --%s, naming the job and the options it takes", (id, option) => {
    const message = refusal(id, ["x.xlsx", `--${option}`, VALUE[option] ?? "", "--lang", "en"]);
    expect(message).toBe(
      `${id} does not take --${option}; its options: ${ACCEPTED[id]
        ?.map((n) => `--${n} ${n === "month" || n === "from" || n === "to" ? "YYYY-MM" : "YYYY-MM-DD"}`)
        .join(", ")}, --out, --json, --lang, --today, --handin, --pdf, --help`,
    );
  });

  it.each([
    [
      "advances",
      ["x.xlsx", "--month", "2026-11"],
      "advances 不接受 --month，可用的选项：--as-of YYYY-MM-DD、",
    ],
    [
      "purchase-plan",
      ["x.xlsx", "--count-date", "2026-12-01", "--lang", "zh-TW"],
      "purchase-plan 不接受 --count-date，可用的選項：--month YYYY-MM、",
    ],
    [
      "inventory",
      ["x.xlsx", "--foo"],
      "inventory 不接受 --foo，可用的选项：--month YYYY-MM、--count-date YYYY-MM-DD、",
    ],
  ])("%s refuses %j in the chosen language", (id, args, start) => {
    expect(refusal(id, args).slice(0, start.length)).toBe(start);
  });

  it.each([
    [
      ["advances", "x.xlsx", "--month", "2026-11"],
      /^propdesk: advances 不接受 --month，可用的选项：--as-of YYYY-MM-DD、/,
    ],
    [
      ["purchase-plan", "x.xlsx", "--count-date", "2026-12-01", "--lang", "en"],
      /^propdesk: purchase-plan does not take --count-date; its options: --month YYYY-MM, --out/,
    ],
  ])("exits 2 with one line for an option the job does not take: %j", async (args, line) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(line);
  });

  it("takes a count date inside the month and an as-of date after it, and checks each value", () => {
    expect(refusal("inventory", ["x.xlsx", "--month", "2026-12", "--count-date", "2026-12-31"])).toBe("");
    expect(refusal("collection", ["x.xlsx", "--month", "2026-11", "--as-of", "2026-12-04"])).toBe("");
    expect(refusal("collection", ["x.xlsx", "--to", "2026-13"])).toBe("--to 2026-13：没有 13 月");
    expect(refusal("collection", ["x.xlsx", "--to", "2026-1"])).toMatch(/^--to 应为 YYYY-MM/);
    expect(refusal("advances", ["x.xlsx", "--as-of", "2026-11-31"])).toBe(
      "--as-of 2026-11-31：2026 年 11 月没有 31 日",
    );
    expect(refusal("advances", ["x.xlsx", "--as-of", "2026-11"])).toMatch(/^--as-of 应为 YYYY-MM-DD/);
  });
});

describe("help is derived from the job declarations", () => {
  let help: string[];
  beforeAll(async () => {
    const run = await runCli(["--help", "--today", "2026-12-04", "--lang", "en"]);
    expect(run.code).toBe(0);
    help = run.stdout.split("\n");
  });

  it.each(Object.entries(ACCEPTED))("propdesk --help lists %s with its options %j", (id, names) => {
    const start = help.findIndex((line) => line.startsWith(`  ${id} `));
    expect(start).toBeGreaterThan(0);
    const own: string[] = [];
    for (const line of help.slice(start + 1)) {
      if (!line.startsWith("      --")) break;
      own.push(line);
    }
    expect(own.map((line) => line.trim().split(" ")[0])).toEqual(names.map((n) => `--${n}`));
    expect(own[0]).toContain(DEFAULTS[id]);
    expect(help[start]).toContain(job(id).title.en);
  });

  it("lists the options every job takes once", () => {
    for (const option of ["-o, --out FILE", "--json", "--lang zh-CN|zh-TW|en", "--today YYYY-MM-DD"])
      expect(help.filter((line) => line.trimStart().startsWith(option))).toHaveLength(1);
  });

  const everyJobInEveryLanguage = JOBS.flatMap((j) =>
    LANGS.map((lang): [string, (typeof LANGS)[number]] => [j.id, lang]),
  );
  it.each(everyJobInEveryLanguage)("propdesk %s --help --lang %s shows that job alone", (id, lang) => {
    const text = jobHelpText(job(id), lang, "2026-12-04");
    expect(text.split("\n")[0]).toBe(`${job(id).title[lang]} (${id})`);
    expect(text).toContain(job(id).description[lang]);
    for (const table of job(id).inputs) expect(text).toContain(table.label[lang]);
    for (const option of EVERY_OPTION)
      expect(text.includes(`--${option} `), `--${option}`).toBe(ACCEPTED[id]?.includes(option));
    for (const other of JOBS.filter((j) => j.id !== id)) expect(text).not.toContain(`propdesk ${other.id} `);
    expect(text).toContain(`propdesk ${id} `);
  });

  it.each(JOBS.map((j) => j.id))("the examples of %s --help run through its own options", (id) => {
    for (const example of jobExamples(job(id), "en", "2026-12-04")) {
      const [, , ...args] = example.split(" ");
      expect(refusal(id, args), example).toBe("");
    }
  });

  it("prints one job's usage for propdesk <job> --help and propdesk help <job>", async () => {
    const [asked, viaHelp] = await Promise.all([
      runCli(["inventory", "--help", "--lang", "en", "--today", "2026-12-04"]),
      runCli(["help", "inventory", "--lang", "en", "--today", "2026-12-04"]),
    ]);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toBe(viaHelp.stdout);
    expect(asked.stdout).toContain("Stock ledger and count (inventory)");
    expect(asked.stdout).toContain("required: receipts, stock issues, stock count");
    expect(asked.stdout).toMatch(/--month YYYY-MM +the month \(default 2026-12, this month\)/);
    const countDate = job("inventory").dateOption;
    expect(asked.stdout).toMatch(/--count-date YYYY-MM-DD +\S/);
    expect(asked.stdout).toContain(`${countDate?.label.en}. ${countDate?.whenBlank.en}`);
    expect(asked.stdout).toContain(
      "propdesk inventory workbook.xlsx --month 2026-12 --count-date 2026-12-25",
    );
    expect(asked.stdout).not.toContain("--as-of");
  });
});

/** The message `parseRunArgs` refuses `args` with, or "" when it takes them. */
const runRefusal = (args: string[]): string => {
  try {
    parseRunArgs(args);
    return "";
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
};

describe("propdesk run: several jobs on one reading of the workbook", () => {
  it("gives each chosen job the options it takes: --month to the monthly ones, --week-ending to the weekly list", () => {
    const options = parseRunArgs([
      "fee-statistics,weekly-collection,advances",
      "x.xlsx",
      "--month",
      "2026-11",
      "--week-ending",
      "2026-11-25",
      "--today",
      "2026-12-04",
      "--handin",
      "--pdf",
    ]);
    expect(options).toMatchObject({
      workbook: "x.xlsx",
      handin: true,
      pdf: true,
      json: false,
      lang: "zh-CN",
    });
    expect(options.jobs.map(({ job, params }) => [job.id, params])).toEqual([
      ["fee-statistics", { today: "2026-12-04", lang: "zh-CN", month: "2026-11" }],
      ["weekly-collection", { today: "2026-12-04", lang: "zh-CN", asOf: "2026-11-25" }],
      ["advances", { today: "2026-12-04", lang: "zh-CN" }],
    ]);
  });

  it("runs every job with --all, in the registry's order, each on its own default period", () => {
    const options = parseRunArgs(["--all", "x.xlsx", "--today", "2026-12-04", "--as-of", "2026-11-30"]);
    expect(options.jobs.map((j) => j.job.id)).toEqual(JOBS.map((j) => j.id));
    const asOf = Object.fromEntries(options.jobs.map(({ job, params }) => [job.id, params.asOf]));
    expect(asOf).toEqual({
      "purchase-plan": undefined,
      collection: "2026-11-30",
      inventory: undefined,
      attendance: undefined,
      "weekly-collection": "2026-11-30",
      "fee-statistics": undefined,
      "cash-plan": "2026-11-30",
      advances: "2026-11-30",
      calendar: undefined,
      "duty-roster": undefined,
      "service-log": "2026-11-30",
    });
  });

  it.each([
    [
      ["purchase-plan,inventory", "x.xlsx", "--week-ending", "2026-11-25", "--lang", "en"],
      "--week-ending is not an option of purchase-plan, inventory (taken by weekly-collection); the nearest valid one: --count-date",
    ],
    [
      ["purchase-plan,inventory", "x.xlsx", "--moth", "2026-11"],
      "purchase-plan、inventory 都不接受 --moth；最接近的可用选项：--month",
    ],
    [
      ["--all", "fee-statistics", "x.xlsx", "--lang", "en"],
      "--all runs every job: give a list of jobs (fee-statistics) or --all, not both",
    ],
    [
      ["x.xlsx"],
      "请给出任务或 --all：propdesk run <任务>[,<任务>…] <工作簿.xlsx>，或 propdesk run --all <工作簿.xlsx>",
    ],
    [
      ["fee-statistics", "collection", "x.xlsx"],
      "多余的参数“x.xlsx”：多个任务之间用逗号分隔，如 fee-statistics,collection",
    ],
    [["fee-statistics,colection", "x.xlsx"], "未知的任务“colection”。可用："],
    [
      ["inventory,attendance", "x.xlsx", "--month", "2026-12", "--count-date", "2027-01-05"],
      "--count-date 2027-01-05 不在 --month 2026-12 之内",
    ],
    [["fee-statistics"], "请给出工作簿路径：propdesk run fee-statistics <工作簿.xlsx>"],
  ])("refuses %j in one line", (args, start) => {
    expect(runRefusal(args).slice(0, start.length)).toBe(start);
  });

  it.each(LANGS)("explains run, --all, --handin and --pdf in --help --lang %s", async (lang) => {
    const text = runHelpText(lang, "2026-12-04");
    for (const word of ["propdesk run --all", "--all ", "--handin ", "--pdf ", "--week-ending ", "2 "])
      expect(text, word).toContain(word);
    const run = await runCli(["run", "--help", "--lang", lang, "--today", "2026-12-04"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(text);
    expect(jobHelpText(job("collection"), lang, "2026-12-04")).toMatch(/--handin .*\n.*--pdf /);
  });

  describe("on the demo's sample workbook", () => {
    let dir: string;
    let sample: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "propdesk-run-"));
      const demo = await runCli(["demo", "--out-dir", join(dir, "demo"), "--today", "2026-12-04"]);
      expect(demo.code, demo.stderr).toBe(0);
      sample = join(dir, "demo", "阳光花园物业-示例.xlsx");
    }, 120_000);
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    /** A copy of the sample under a name of its own, so each test has its own outputs. */
    const copyOfSample = async (name: string): Promise<string> => {
      const path = join(dir, `${name}.xlsx`);
      await copyFile(sample, path);
      return path;
    };
    const ownedSheets = async (path: string) =>
      (await readXlsxFile(path)).book.sheets.filter((s) => s.ownerKey !== undefined).map((s) => s.ownerKey);

    it("keeps fee-statistics' sheets when collection writes the same output next, and says so", async () => {
      const input = await copyOfSample("sequence");
      const output = join(dir, "sequence.propdesk.xlsx");
      const fees = await runCli(["fee-statistics", input, "--today", "2026-12-04"]);
      expect(fees.code, fees.stderr).toBe(0);
      const collection = await runCli(["collection", input, "--today", "2026-12-04"]);
      expect(collection.code, collection.stderr).toBe(0);
      expect(collection.stdout).toContain("  工作表「费用统计 2026-11」（保留自上次的输出）");
      expect(collection.stdout).toContain("  工作表「问题清单 2026-11 费用统计」（保留自上次的输出）");
      expect(await ownedSheets(output)).toEqual([
        "fee-statistics/2026-11",
        "fee-statistics/2026-11/issues",
        "collection/rates/2026-11~2026-11",
        "collection/ageing/2026-11-30",
        "collection/receivables/2026-11-30",
        "collection/2026-11/issues",
      ]);
      const again = await runCli(["fee-statistics", input, "--today", "2026-12-04", "--lang", "en"]);
      expect(again.stdout).toContain('  sheet "费用统计 2026-11" (replaced the previous run\'s)');
      expect(again.stdout).toContain('  sheet "收缴率 2026-11" (kept from the earlier output)');
      expect((await ownedSheets(output)).length).toBe(6);
    });

    it("writes both jobs' sheets for run purchase-plan,inventory and prints each job's summary", async () => {
      const input = await copyOfSample("two");
      const run = await runCli(["run", "purchase-plan,inventory", input, "--today", "2026-12-04"]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain("== 物资采购申请计划（purchase-plan，2027-01）");
      expect(run.stdout).toContain("== 物资台账与盘点（inventory，2026-12）");
      expect(run.stdout.match(/^问题：错误 \d+ 个/gm)).toHaveLength(2);
      const owned = await ownedSheets(join(dir, "two.propdesk.xlsx"));
      expect(owned.filter((k) => k?.startsWith("purchase-plan/"))).toEqual([
        "purchase-plan/plan/2027-01",
        "purchase-plan/detail/2027-01",
        "purchase-plan/2027-01/issues",
      ]);
      expect(owned.filter((k) => k?.endsWith("/issues"))).toEqual([
        "purchase-plan/2027-01/issues",
        "inventory/2026-12/issues",
      ]);
      expect(owned.every((k) => k?.startsWith("purchase-plan/") || k?.startsWith("inventory/"))).toBe(true);
    });

    it("runs every job with --all and writes the hand-in workbook of PropDesk's sheets alone with --handin", async () => {
      const input = await copyOfSample("all");
      const run = await runCli(["run", "--all", input, "--handin", "--today", "2026-12-04", "--json"]);
      expect(run.code, run.stderr).toBe(0);
      const reports = JSON.parse(run.stdout) as Record<string, { issues: unknown[] }>;
      expect(Object.keys(reports)).toEqual(JOBS.map((j) => j.id));
      const handin = join(dir, "all.handin.xlsx");
      const { book } = await readXlsxFile(handin);
      const inputSheets = (await readXlsxFile(input)).book.sheets.map((s) => s.name);
      expect(book.sheets.length).toBeGreaterThan(0);
      expect(book.sheets.every((s) => s.ownerKey !== undefined)).toBe(true);
      expect(book.sheets.filter((s) => inputSheets.includes(s.name))).toEqual([]);
      expect(new Set(book.sheets.map((s) => s.ownerKey?.split("/")[0]))).toEqual(
        new Set(JOBS.map((j) => j.id)),
      );
      expect(book.sheets.filter((s) => s.ownerKey?.endsWith("/issues"))).toHaveLength(JOBS.length);
      const written = run.stderr.split("\n").filter((line) => line.startsWith("  工作表「"));
      expect(written.map((line) => /「(.+)」/.exec(line)?.[1])).toEqual(book.sheets.map((s) => s.name));
    });

    it.skipIf(sofficeOnPath() === undefined)(
      "prints the hand-in sheets, not the issues sheets, to a PDF with --pdf (needs soffice on the PATH, skipped without it)",
      async () => {
        const input = await copyOfSample("pdf");
        const run = await runCli(["run", "--all", input, "--handin", "--pdf", "--today", "2026-12-04"]);
        expect(run.code, run.stderr).toBe(0);
        const { book } = await readXlsxFile(join(dir, "pdf.handin.xlsx"));
        const handedIn = book.sheets.filter((s) => !s.ownerKey?.endsWith("/issues"));
        expect(run.stdout).toContain(
          `已打印 PDF ${join(dir, "pdf.handin.pdf")}（${handedIn.length} 张工作表，问题清单除外）`,
        );
        const pdf = await readFile(join(dir, "pdf.handin.pdf"));
        expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
        const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
        expect(pages.length).toBeGreaterThanOrEqual(handedIn.length);
      },
      240_000,
    );

    it("says clearly when soffice is not on the PATH, writes the workbook and exits 0", async () => {
      const input = await copyOfSample("nopdf");
      const empty = join(dir, "no-programs");
      await mkdir(empty, { recursive: true });
      const run = await runCli(
        ["advances", input, "--pdf", "--today", "2026-12-04", "--lang", "en"],
        undefined,
        {
          PATH: empty,
        },
      );
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(
        "No PDF: LibreOffice's soffice is not on the PATH (install LibreOffice to use --pdf); the workbook is written",
      );
      expect(await ownedSheets(join(dir, "nopdf.propdesk.xlsx"))).toEqual([
        "advances/ledger/2026-12-04",
        "advances/2026-12-04/issues",
      ]);
    });
  });

  describe("on a workbook some jobs cannot use", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "propdesk-run-some-"));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("runs the jobs that can, names the one that cannot and why, and exits 1", async () => {
      const input = join(dir, "申请.xlsx");
      await copyFile(FIXTURE, input);
      const run = await runCli(["run", "purchase-plan,attendance", input, "--month", "2027-01"]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^propdesk: .*申请\.xlsx 无法用于考勤表：/m);
      expect(run.stdout).toContain("== 物资采购申请计划（purchase-plan，2027-01）");
      expect(run.stdout).not.toContain("== 考勤表");
      const { book } = await readXlsxFile(join(dir, "申请.propdesk.xlsx"));
      expect(book.sheets.filter((s) => s.ownerKey !== undefined).map((s) => s.ownerKey)).toEqual([
        "purchase-plan/plan/2027-01",
        "purchase-plan/detail/2027-01",
        "purchase-plan/2027-01/issues",
      ]);
    });

    it("exits 2 and writes nothing when no job can use the workbook", async () => {
      const input = join(dir, "none.xlsx");
      await copyFile(FIXTURE, input);
      const run = await runCli(["run", "attendance,advances", input]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n")).toHaveLength(2);
      await expect(readFile(join(dir, "none.propdesk.xlsx"))).rejects.toThrow();
    });

    it("says so when it writes over a file that is no earlier output of this input", async () => {
      const input = join(dir, "over.xlsx");
      const output = join(dir, "someone-elses.xlsx");
      await copyFile(FIXTURE, input);
      const theirs = new ExcelJS.Workbook();
      theirs.addWorksheet("他们的表").getCell("A1").value = "not PropDesk's";
      await theirs.xlsx.writeFile(output);
      const run = await runCli(["purchase-plan", input, "--month", "2027-01", "-o", output]);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(
        `注意：${output} 原有的文件不是这个输入工作簿的 PropDesk 输出（没有 PropDesk 生成的工作表），已被覆盖，其中的工作表都未保留`,
      );
      const { book } = await readXlsxFile(output);
      expect(book.sheets.map((s) => s.name)).not.toContain("他们的表");
    });
  });
});
