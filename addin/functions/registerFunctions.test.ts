import { describe, expect, it } from "vitest";
import { WORKSHEET_FUNCTIONS } from "../../core/functions/declarations";
import type { FunctionArg, FunctionResult } from "../../core/light";
import {
  registerWorksheetFunctions,
  type CustomFunctionsApi,
  type FunctionInvoker,
} from "./registerFunctions";

type Implementation = (...args: FunctionArg[]) => unknown;

/** `CustomFunctions` as Excel gives it from CustomFunctionsRuntime 1.2: associate, Error and ErrorCode. */
class ExcelError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

function fakeApi(withErrors = true): { api: CustomFunctionsApi; associated: Map<string, Implementation> } {
  const associated = new Map<string, Implementation>();
  const api: CustomFunctionsApi = { associate: (id, implementation) => associated.set(id, implementation) };
  if (withErrors) {
    api.Error = ExcelError;
    api.ErrorCode = { invalidValue: "#VALUE!", invalidNumber: "#NUM!" };
  }
  return { api, associated };
}

/** An invoker answering from a table, and counting its calls. */
function invoker(
  answers: Record<string, FunctionResult>,
  calls: [string, readonly FunctionArg[]][],
): FunctionInvoker {
  return (id, args) => {
    calls.push([id, args]);
    return answers[id] ?? { error: "#VALUE!" };
  };
}

describe("registerWorksheetFunctions", () => {
  it("associates every declared function by its id, at once, before any code is loaded", () => {
    const { api, associated } = fakeApi();
    let loads = 0;
    const ids = registerWorksheetFunctions(api, () => {
      loads++;
      return Promise.resolve(invoker({}, []));
    });
    expect(ids).toEqual(WORKSHEET_FUNCTIONS.map((f) => f.id));
    expect([...associated.keys()]).toEqual(ids);
    expect(loads).toBe(0);
  });

  it("loads the code on the first call (a promise), then answers at once, without Excel's invocation argument", async () => {
    const { api, associated } = fakeApi();
    const calls: [string, readonly FunctionArg[]][] = [];
    let loads = 0;
    registerWorksheetFunctions(api, () => {
      loads++;
      return Promise.resolve(invoker({ ISWORKDAY: true, AGEBUCKET: "1-30" }, calls));
    });
    const invocation = { address: "Sheet1!B2" } as unknown as FunctionArg;
    const first = associated.get("ISWORKDAY")?.("2026-10-10", invocation);
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toBe(true);
    expect(associated.get("AGEBUCKET")?.("2026-10-01", "2026-10-20", null, invocation)).toBe("1-30");
    expect(calls).toEqual([
      ["ISWORKDAY", ["2026-10-10"]],
      ["AGEBUCKET", ["2026-10-01", "2026-10-20", null]],
    ]);
    expect(loads).toBe(1);
  });

  it("throws CustomFunctions.Error with Excel's code for a worksheet error, synchronous or not", async () => {
    const { api, associated } = fakeApi();
    registerWorksheetFunctions(api, () =>
      Promise.resolve((id: string) =>
        id === "WORKDAY" ? { error: "#NUM!" } : Promise.resolve<FunctionResult>({ error: "#VALUE!" }),
      ),
    );
    await expect(associated.get("WORKDAY")?.("9999-12-31", 5)).rejects.toMatchObject({ code: "#NUM!" });
    expect(() => associated.get("WORKDAY")?.("9999-12-31", 5)).toThrow(ExcelError);
    await expect(associated.get("ISWORKDAY")?.("x")).rejects.toMatchObject({ code: "#VALUE!" });
  });

  it("throws a plain Error where Excel has no CustomFunctions.Error (CustomFunctionsRuntime 1.1): #VALUE!", async () => {
    const { api, associated } = fakeApi(false);
    registerWorksheetFunctions(api, () => Promise.resolve(() => ({ error: "#NUM!" })));
    const failed = associated.get("RMBUPPER")?.(1e15) as Promise<unknown>;
    await expect(failed).rejects.toThrow("#NUM!");
    await expect(failed).rejects.not.toBeInstanceOf(ExcelError);
  });

  it("fails a call whose code could not be loaded, and loads again on the next", async () => {
    const { api, associated } = fakeApi();
    let loads = 0;
    registerWorksheetFunctions(api, () =>
      ++loads === 1
        ? Promise.reject(new Error("offline"))
        : Promise.resolve(invoker({ RMBUPPER: "叁角整" }, [])),
    );
    await expect(associated.get("RMBUPPER")?.(0.3)).rejects.toThrow("offline");
    expect(await associated.get("RMBUPPER")?.(0.3)).toBe("叁角整");
    expect(loads).toBe(2);
  });
});
