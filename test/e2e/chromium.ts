import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

/** Debian's Chromium, which the end-to-end tests drive (CI installs it; a browser is never downloaded). */
export const CHROMIUM = "/usr/bin/chromium";

/** Why the browser tests are skipped, or null when Chromium is installed. */
export const CHROMIUM_MISSING = existsSync(CHROMIUM)
  ? null
  : `${CHROMIUM} not found (apt-get install chromium); browser tests skipped`;

/** Headless, and quiet on a machine without network: no background, update, sync or QUIC traffic. */
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A headless Chromium with a fresh profile folder; `close` ends it and removes the folder. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = await mkdtemp(join(tmpdir(), "propdesk-e2e-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
