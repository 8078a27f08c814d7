import { afterEach, describe, expect, it, vi } from "vitest";
import { Progress } from "./progress";

describe("Progress", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it.each([
    [true, 1],
    [false, 0],
  ])(
    "on a terminal (%s) announces a slow step, elsewhere never (a refusal stays one line)",
    (terminal, lines) => {
      vi.useFakeTimers();
      const write = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
      const progress = new Progress(true, terminal);
      progress.step("读取 a.xlsx …");
      vi.advanceTimersByTime(1500);
      progress.done();
      expect(write).toHaveBeenCalledTimes(lines);
    },
  );
});
