import { PNG } from "pngjs";

// The podcast's channel art when nobody has uploaded any: Apple Podcasts requires a square
// JPEG or PNG of 1400 to 3000 pixels. An original design drawn here pixel by pixel, with no
// words, so it suits any publication: sound rings in the site's paper colour on its accent red,
// around a compass needle pointing south. Pure; the start script stores it (ensure-demo-media).

export const COVER_ART_SIZE = 1400;
export const COVER_ART_KEY = "podcasts/cover.png";

type Rgb = readonly [number, number, number];
const ACCENT: Rgb = [0x9f, 0x1d, 0x20];
const PAPER: Rgb = [0xfb, 0xfa, 0xf7];
const INK: Rgb = [0x1b, 0x1b, 0x1f];

/** Which colour a point of the unit square (centre 0,0, edges ±1) has. */
function colourAt(x: number, y: number): Rgb {
  const r = Math.hypot(x, y);
  // The needle: a rhombus, its southern half in paper, its northern half in ink.
  if (Math.abs(x) / 0.12 + Math.abs(y) / 0.42 <= 1) return y > 0 ? PAPER : INK;
  // Rings of sound, thinning outwards, broken at the top so they read as waves, not a target.
  for (const [radius, width] of [
    [0.56, 0.045],
    [0.72, 0.035],
    [0.86, 0.025],
  ] as const) {
    if (Math.abs(r - radius) <= width / 2 && y > -0.3 * r) return PAPER;
  }
  return ACCENT;
}

/** The cover as a PNG. One sample per pixel: at 1400 pixels the edges need no smoothing. */
export function generateCoverArt(size = COVER_ART_SIZE): Buffer {
  const png = new PNG({ width: size, height: size, colorType: 2 });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const colour = colourAt(((px + 0.5) / size) * 2 - 1, ((py + 0.5) / size) * 2 - 1);
      const index = (py * size + px) * 4;
      png.data.set(colour, index);
      png.data[index + 3] = 255;
    }
  }
  return PNG.sync.write(png, { colorType: 2, deflateLevel: 6 });
}
