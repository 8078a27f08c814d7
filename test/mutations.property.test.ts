import { createHash } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeOwnerKey } from "../core/index";
import { xlsxEntries, type FixtureBook } from "../cli/xlsx/read/xlsxFixture.testkit";
import { storedZip } from "../cli/xlsx/zipFixture.testkit";
import { hostileZip } from "./fixtures/hostile/hostileZip";
import { inProcessCli } from "./helpers/inProcessCli";
import { formulasFromInput, inputPackage, lostInCopy } from "./helpers/outputCopyChecks";

/** A small request sheet a job reads: shared and inline strings, numbers, a date, a merge, a marker, styles. */
const BOOK: FixtureBook = {
  sheets: [
    {
      name: "办公室",
      body:
        '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>' +
        '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c><c r="C2" t="s"><v>3</v></c><c r="D2" t="s"><v>4</v></c><c r="E2" t="s"><v>5</v></c></row>' +
        '<row r="3"><c r="A3" t="inlineStr"><is><t>订书钉</t></is></c><c r="B3" t="inlineStr"><is><t>盒</t></is></c><c r="C3"><v>13</v></c><c r="D3" s="1"><v>3.5</v></c><c r="E3" s="2"><v>46392</v></c></row>' +
        '<row r="4"><c r="A4" t="inlineStr"><is><r><t>中性</t></r><r><t>笔</t></r></is></c><c r="B4" t="inlineStr"><is><t>支</t></is></c><c r="C4"><v>9</v></c><c r="D4" s="1"><v>2.5</v></c><c r="E4" t="d"><v>2027-01-10</v></c></row>' +
        '</sheetData><mergeCells count="1"><mergeCell ref="A1:E1"/></mergeCells>',
    },
  ],
  sharedStrings: [
    "<t>2027年01月物资采购申请单</t>",
    "<t>物资名称</t>",
    "<t>单位</t>",
    "<t>申请数量</t>",
    "<t>单价</t>",
    "<t>需用日期</t>",
  ],
  numFmts: [[164, '"¥"#,##0.00']],
  cellXfs: [0, 164, 14],
  definedNames: [[encodeOwnerKey("purchase-plan/plan/2027-01"), "#REF!$A$1"]],
};

/** The same workbook stored (mutations land in its XML) and deflated (mutations land in deflate streams). */
const SEEDS: [string, Uint8Array][] = [
  ["stored", storedZip(xlsxEntries(BOOK))],
  ["deflated", hostileZip(xlsxEntries(BOOK).map(([name, content]) => ({ name, chunks: [content] })))],
];

/** One change to a file's bytes, at a position taken modulo its length. */
type Mutation =
  | { kind: "flip"; at: number; mask: number }
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; bytes: Uint8Array }
  | { kind: "delete"; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("insert" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
);

function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let out = Buffer.from(bytes);
  for (const m of mutations) {
    const at = m.at % Math.max(1, out.length);
    if (m.kind === "flip") {
      out = Buffer.from(out);
      out[at] = (out[at] ?? 0) ^ m.mask;
    } else if (m.kind === "truncate") out = out.subarray(0, at);
    else if (m.kind === "insert") out = Buffer.concat([out.subarray(0, at), m.bytes, out.subarray(at)]);
    else out = Buffer.concat([out.subarray(0, at), out.subarray(at + m.length)]);
  }
  return out;
}

describe("random byte mutations of a valid workbook", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "propdesk-mutations-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(SEEDS)(
    "of a %s workbook give a run or a clean one-line refusal, never another exception or a hang",
    async (seed, bytes) => {
      const input = join(dir, `${seed}.xlsx`);
      const out = join(dir, `${seed}.propdesk.xlsx`);
      const unmutated = await inProcessCli([
        "purchase-plan",
        await save(input, bytes),
        "--today",
        "2026-12-04",
        "-o",
        out,
      ]);
      expect([unmutated.code, unmutated.crash]).toEqual([0, null]);
      await fc.assert(
        fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
          const mutated = mutate(bytes, mutations);
          await save(input, mutated);
          const run = await inProcessCli(["purchase-plan", input, "--today", "2026-12-04", "-o", out]);
          expect(run.crash).toBeNull();
          expect([0, 2]).toContain(run.code);
          if (run.code === 2) expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
          expect(run.milliseconds).toBeLessThan(5000);
          expect(sha256(await readFile(input))).toBe(sha256(mutated));
        }),
        { numRuns: 500, seed: 18 },
      );
    },
  );
});

describe("random text in a valid workbook's XML", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "propdesk-text-mutations-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("gives a run or a clean one-line refusal; a run keeps the input in its copy and makes no formula of the text", async () => {
    const input = join(dir, "text.xlsx");
    const out = join(dir, "text.propdesk.xlsx");
    await fc.assert(
      fc.asyncProperty(fc.nat(), cellText, async (at, text) => {
        const mutated = withText(BOOK, at, text);
        await save(input, mutated);
        const run = await inProcessCli(["purchase-plan", input, "--today", "2026-12-04", "-o", out]);
        expect(run.crash).toBeNull();
        expect([0, 2]).toContain(run.code);
        if (run.code === 2) expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
        if (run.code !== 0) return;
        const output = await readFile(out);
        const read = await inputPackage(mutated);
        expect(await lostInCopy(read, output)).toEqual([]);
        expect(formulasFromInput(read, output, /HOSTILE|cmd\|/)).toEqual([]);
      }),
      { numRuns: 300, seed: 18 },
    );
  });
});

/** Text a workbook may hold that reads as a formula, or breaks a writer that does not escape it. */
const cellText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "=HOSTILE()",
    "+HOSTILE",
    "@HOSTILE",
    "=cmd|' /C calc'!A0",
    "_x0041_",
    "]]>",
    "</t>",
    "合计",
    " ",
  ),
  fc.string({
    unit: fc.constantFrom("<", "&", "'", '"', "=", "\u0000", "\uD800", "物", "_x", "\r"),
    maxLength: 20,
  }),
);

/** A text node of the workbook's XML parts, by its place among them all, given new text (escaped). */
function withText(book: FixtureBook, at: number, text: string): Uint8Array {
  const entries = xlsxEntries(book);
  const nodes = entries.flatMap(([name, content], e) =>
    typeof content === "string"
      ? [...content.matchAll(/>([^<]*)</g)].map((m) => ({
          e,
          name,
          index: (m.index ?? 0) + 1,
          length: (m[1] ?? "").length,
        }))
      : [],
  );
  const node = nodes[at % nodes.length];
  if (node === undefined) return storedZip(entries);
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return storedZip(
    entries.map(([name, content], e) =>
      e === node.e && typeof content === "string"
        ? [name, content.slice(0, node.index) + escaped + content.slice(node.index + node.length)]
        : [name, content],
    ),
  );
}

async function save(path: string, bytes: Uint8Array): Promise<string> {
  await writeFile(path, bytes);
  return path;
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
