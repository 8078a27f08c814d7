import { describe, expect, it } from "vitest";
import { PANE_READY_EVENT, type PaneBridge } from "../taskpane/paneBridge";
import { waitForPane } from "./waitForPane";

const bridge: PaneBridge = { runWithDefaults: () => Promise.resolve() };

function fakeWindow(pane?: PaneBridge): Window {
  const win = new EventTarget() as EventTarget & { propdeskPane?: PaneBridge };
  if (pane) win.propdeskPane = pane;
  return win as unknown as Window;
}

describe("waitForPane", () => {
  it("resolves at once when the pane is ready", async () => {
    expect(await waitForPane(fakeWindow(bridge))).toBe(bridge);
  });

  it("waits for the pane's ready event", async () => {
    const win = fakeWindow();
    const waiting = waitForPane(win, 1_000);
    win.propdeskPane = bridge;
    win.dispatchEvent(new Event(PANE_READY_EVENT));
    expect(await waiting).toBe(bridge);
  });

  it("gives up after the timeout", async () => {
    expect(await waitForPane(fakeWindow(), 10)).toBeNull();
  });
});
