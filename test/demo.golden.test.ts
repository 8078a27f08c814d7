import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "./helpers/runCli";

/** The demo as a newcomer runs it on 2026-12-04: each job's period, summary lines, issue counts and first issues. */
const GOLDEN = resolve(import.meta.dirname, "fixtures/demo/summary-2026-12-04.txt");

/** Set to rewrite the golden after a change whose new figures were checked by hand. */
const UPDATE = process.env.PROPDESK_UPDATE_GOLDEN === "1";

describe("npm run demo on 2026-12-04", () => {
  let dir: string;
  let stdout: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "propdesk-demo-golden-"));
    const run = await runCli(["demo", "--out-dir", dir, "--today", "2026-12-04"]);
    expect(run.code, run.stderr).toBe(0);
    stdout = run.stdout;
  }, 120_000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** The lines from the first job to the output workbook's name (the paths differ per run). */
  const jobLines = () => {
    const lines = stdout.split("\n");
    const from = lines.findIndex((l) => l.startsWith("== "));
    const to = lines.findIndex((l) => l.startsWith("输出工作簿："));
    return `${lines.slice(from, to).join("\n").trim()}\n`;
  };

  it("prints the checked periods, figures, issue counts and first issues of every job", async () => {
    if (UPDATE) await writeFile(GOLDEN, jobLines());
    expect(jobLines()).toBe(await readFile(GOLDEN, "utf8"));
  });

  it("runs each job for the period it is handed in for that day, none about days to come", () => {
    const periods = [...stdout.matchAll(/^== .+（([a-z-]+)，([^）]+)）$/gm)].map((m) => [m[1], m[2]]);
    expect(Object.fromEntries(periods)).toEqual({
      "purchase-plan": "2027-01",
      collection: "2026-11",
      inventory: "2026-12",
      attendance: "2026-12",
      "weekly-collection": "2026-12-02",
      "fee-statistics": "2026-11",
      "cash-plan": "2027-01",
      advances: "2026-12-04",
      calendar: "2026-12",
      "duty-roster": "2027-01",
      "service-log": "2026-11",
    });
    expect(stdout).toContain("2026-11 截止 2026-11-30");
    expect(stdout).not.toMatch(/晚于今天/);
  });

  it("names the bad cells and what is wrong in them, never an issue's code (issue 19)", () => {
    const lines = stdout.split("\n");
    const plan = lines.indexOf("   问题：错误 3 个，警告 7 个");
    expect(plan).toBeGreaterThan(0);
    expect(lines[plan + 1]).toBe("     办公室!F7：「申请数量」应为数字，这里是“两箱”");
    expect(lines[plan + 6]).toBe("     … 另有 5 条，见「问题清单」工作表");
    expect(stdout).toContain("金额合计 52,705.80 元，报送截止 2026-12-04");
    expect(stdout).not.toMatch(/\b[a-z]+(?:_[a-z]+)+\b|×\d|issues:|Sample workbook/);
  });
});
