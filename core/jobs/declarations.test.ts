import { describe, expect, it } from "vitest";
import * as index from "../index";
import * as light from "../light";
import * as runtime from "../runtime";
import { JOB_DECLARATIONS, findJobDeclaration } from "./declarations";
import { LOADABLE_JOB_IDS, loadJob } from "./loadJob";
import { JOBS } from "./registry";
import { CASH_PLAN_TABLES } from "./finance/cash-plan/readInputs";
import { ADVANCES_INPUTS } from "./finance/advances/readInputs";

/** The declared fields of a job (all but its run, summary and charts). */
function declared(job: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(job).filter(([key]) => !["run", "summarize", "charts"].includes(key)),
  );
}

describe("JOB_DECLARATIONS and JOBS", () => {
  it("declare the same jobs in the same order, each job carrying its declaration unchanged", () => {
    expect(JOBS.map((j) => j.id)).toEqual(JOB_DECLARATIONS.map((d) => d.id));
    JOB_DECLARATIONS.forEach((declaration, i) => {
      const job = JOBS[i]!;
      expect(declared(job), declaration.id).toEqual(declaration);
      for (const [key, value] of Object.entries(declaration))
        expect((job as unknown as Record<string, unknown>)[key], `${declaration.id}.${key}`).toBe(value);
    });
  });

  it("declare nothing a run needs", () => {
    for (const declaration of JOB_DECLARATIONS) {
      expect(Object.keys(declaration), declaration.id).not.toContain("run");
      expect(Object.keys(declaration), declaration.id).not.toContain("summarize");
      expect(Object.keys(declaration), declaration.id).not.toContain("charts");
    }
    expect(findJobDeclaration("inventory")?.dateOption?.param).toBe("countDate");
    expect(findJobDeclaration("nope")).toBeUndefined();
  });

  it("name the very tables the readers read", () => {
    expect(findJobDeclaration("cash-plan")?.inputs).toEqual([...CASH_PLAN_TABLES]);
    expect(findJobDeclaration("advances")?.inputs).toEqual([...ADVANCES_INPUTS]);
  });
});

describe("loadJob", () => {
  it("knows every declared job and loads the registry's own definition", async () => {
    expect([...LOADABLE_JOB_IDS].sort()).toEqual(JOB_DECLARATIONS.map((d) => d.id).sort());
    for (const [i, declaration] of JOB_DECLARATIONS.entries())
      expect(await loadJob(declaration.id), declaration.id).toBe(JOBS[i]);
  });

  it("refuses an unknown id", async () => {
    await expect(loadJob("nope")).rejects.toThrow(RangeError);
    await expect(loadJob("toString")).rejects.toThrow(RangeError);
  });
});

describe("the core's entries", () => {
  it("core/index.ts exports everything the light and runtime entries export, the same values", () => {
    for (const [name, value] of [...Object.entries(light), ...Object.entries(runtime)])
      expect((index as Record<string, unknown>)[name], name).toBe(value);
  });
});
