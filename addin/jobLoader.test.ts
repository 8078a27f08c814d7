import { describe, expect, it } from "vitest";
import { JOB_DECLARATIONS, JOBS } from "../core/index";
import { CodeLoadError, loadJobCode } from "./jobLoader";
import { runJob } from "./runJob";

describe("loadJobCode", () => {
  it("loads each declared job's full definition with the add-in's run", async () => {
    for (const [i, declaration] of JOB_DECLARATIONS.entries()) {
      const loaded = await loadJobCode(declaration);
      expect(loaded.job, declaration.id).toBe(JOBS[i]);
      expect(loaded.runJob).toBe(runJob);
    }
  });

  it("turns a failure into a CodeLoadError naming the job, with the cause kept", async () => {
    const failed = await loadJobCode({ ...JOB_DECLARATIONS[0]!, id: "gone" }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(CodeLoadError);
    expect(failed).toMatchObject({ jobId: "gone", cause: expect.any(RangeError) });
  });
});
