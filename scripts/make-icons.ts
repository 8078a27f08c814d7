/**
 * Draws the PropDesk icon (a blue rounded square with a white house whose front is a ruled ledger page)
 * at the sizes the manifest uses and writes them to assets/icon-<size>.png.
 *
 *   node cli/run-ts.mjs scripts/make-icons.ts
 *
 * The drawing is deterministic; test/manifest.test.ts checks the committed PNGs still match it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { encodePng, type RgbaImage } from "./png";

/** Pixel sizes written to assets/: 16/32/80 for ribbon buttons, 32 and 64 for the add-in itself. */
export const ICON_SIZES = [16, 32, 64, 80] as const;

const SUBSAMPLES = 8;
const TOP = [46, 128, 224] as const; // background gradient, top
const BOTTOM = [22, 88, 176] as const; // background gradient, bottom
const WHITE = [255, 255, 255] as const;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const inside = (box: Box, x: number, y: number): boolean =>
  x >= box.left && x < box.right && y >= box.top && y < box.bottom;

/** Renders the icon at `size` x `size` pixels; rectangles are snapped to whole pixels so small sizes stay crisp. */
export function renderIcon(size: number): RgbaImage {
  const px = (fraction: number): number => Math.round(fraction * size);
  const radius = 0.2 * size;
  const body: Box = { left: px(0.25), top: px(0.45), right: px(0.75), bottom: px(0.86) };
  const bodyWidth = body.right - body.left;
  const bodyHeight = body.bottom - body.top;
  const thickness = Math.max(1, Math.round(bodyHeight * 0.12));
  const step = Math.round(bodyHeight * 0.25);
  const firstLine = body.top + Math.round(bodyHeight * 0.2);
  const inset = Math.round(bodyWidth * 0.18);
  const lines: Box[] = [0, 1, 2].map((i) => ({
    left: body.left + inset,
    right: body.right - inset,
    top: firstLine + i * step,
    bottom: firstLine + i * step + thickness,
  }));
  const apex = { x: 0.5 * size, y: 0.14 * size };
  const eaveY = 0.47 * size;
  const eaveHalf = 0.38 * size;

  const inBackground = (x: number, y: number): boolean => {
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius;
  };
  const inRoof = (x: number, y: number): boolean => {
    if (y < apex.y || y > eaveY) return false;
    const halfWidth = ((y - apex.y) / (eaveY - apex.y)) * eaveHalf;
    return Math.abs(x - apex.x) <= halfWidth;
  };
  const isWhite = (x: number, y: number): boolean =>
    (inRoof(x, y) || inside(body, x, y)) && !lines.some((line) => inside(line, x, y));

  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxl = 0; pxl < size; pxl++) {
      let covered = 0;
      const sum = [0, 0, 0];
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = pxl + (sx + 0.5) / SUBSAMPLES;
          const y = py + (sy + 0.5) / SUBSAMPLES;
          if (!inBackground(x, y)) continue;
          covered++;
          const t = y / size;
          const colour = isWhite(x, y) ? WHITE : TOP.map((top, c) => top + (BOTTOM[c]! - top) * t);
          for (let c = 0; c < 3; c++) sum[c]! += colour[c]!;
        }
      }
      const at = (py * size + pxl) * 4;
      if (covered === 0) continue; // fully transparent black
      for (let c = 0; c < 3; c++) pixels[at + c] = Math.round(sum[c]! / covered);
      pixels[at + 3] = Math.round((covered / (SUBSAMPLES * SUBSAMPLES)) * 255);
    }
  }
  return { width: size, height: size, pixels };
}

/** Writes assets/icon-<size>.png for every size in ICON_SIZES. */
export function writeIcons(assetsDir: string): string[] {
  mkdirSync(assetsDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const file = resolve(assetsDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(renderIcon(size)));
    return file;
  });
}

const thisFile = fileURLToPath(import.meta.url);
if (process.argv[1] !== undefined && resolve(process.argv[1]) === thisFile) {
  for (const file of writeIcons(resolve(dirname(thisFile), "..", "assets"))) console.log(`wrote ${file}`);
}
