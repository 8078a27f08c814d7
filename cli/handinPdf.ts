import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, extname, join } from "node:path";
import { convertToPdf, sofficeOnPath } from "./soffice";
import { writeNewWorkbook } from "./xlsx/package/writeNewWorkbook";

/** How printing the hand-in sheets to PDF went. */
export type HandinPdf =
  | { kind: "printed"; path: string; sheets: string[]; left: string[] }
  | { kind: "no-soffice" }
  | { kind: "no-sheets" }
  | { kind: "failed"; reason: string };

/** Ownership keys of issues sheets end so (core's issuesSheet): they are for the office, not handed in. */
const ISSUES_KEY_END = "/issues";

/** `<dir>/<name>.pdf` beside an output `<dir>/<name>.xlsx`. */
function pdfPathOf(output: string): string {
  return join(dirname(output), `${basename(output, extname(output))}.pdf`);
}

/**
 * Prints PropDesk's sheets of an output workbook, its issues sheets left out, to `<name>.pdf` beside it through
 * LibreOffice when `soffice` is on the PATH: the sheets are carried into a workbook of their own in a temporary
 * folder, which LibreOffice converts as each sheet's page setup says (A4, fit to width, repeated header rows).
 */
export async function printHandinPdf(output: string, path = process.env["PATH"] ?? ""): Promise<HandinPdf> {
  const soffice = sofficeOnPath(path);
  if (soffice === undefined) return { kind: "no-soffice" };
  const work = await mkdtemp(join(tmpdir(), "propdesk-pdf-"));
  try {
    const workbook = join(work, "handin.xlsx");
    const written = await writeNewWorkbook({
      out: workbook,
      sheets: [],
      options: {
        carry: {
          from: new Uint8Array(await readFile(output)),
          wanted: (key) => !key.endsWith(ISSUES_KEY_END),
        },
      },
    });
    if (written.carried.length === 0) return { kind: "no-sheets" };
    const conversion = await convertToPdf(soffice, workbook, join(work, "pdf"));
    if (!conversion.ok) return { kind: "failed", reason: conversion.reason };
    const pdf = pdfPathOf(output);
    await copyFile(conversion.pdf, pdf);
    return {
      kind: "printed",
      path: pdf,
      sheets: written.carried.map((s) => s.name),
      left: written.refused.map((s) => s.name),
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
