import path from 'node:path';
import fs from 'node:fs';

/**
 * SVG to PNG on the server with resvg (Rust, no browser). Fonts come from the app's own
 * dependencies (Inter, OFL), never from the system, so a PNG renders the same on every machine
 * and in CI; resvg is loaded only when a PNG is first asked for.
 */
const INTER = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'inter');
export const FONT_FILES = ['400Regular/Inter_400Regular.ttf', '600SemiBold/Inter_600SemiBold.ttf', '700Bold/Inter_700Bold.ttf'].map((f) =>
  path.join(INTER, f),
);

/** Sizes a PNG may be asked for; anything else is clamped (./query.ts), so a URL cannot ask for a huge image. */
export const PNG_LIMITS = { min: 200, max: 2400 } as const;

type ResvgModule = typeof import('@resvg/resvg-js');
let resvg: Promise<ResvgModule> | undefined;

export async function svgToPng(svg: string, width: number, background = '#ffffff'): Promise<Buffer> {
  resvg ??= import('@resvg/resvg-js');
  const { Resvg } = await resvg;
  const missing = FONT_FILES.filter((f) => !fs.existsSync(/*turbopackIgnore: true*/ f));
  if (missing.length) throw new Error(`PNG fonts missing (npm install?): ${missing.join(', ')}`);
  const r = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    background,
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
  });
  return r.render().asPng();
}

/** Width and height from a PNG's IHDR chunk: how tests and the bench check a PNG's real size. */
export function pngSize(buf: Uint8Array): { width: number; height: number } | null {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (buf.length < 24 || sig.some((b, i) => buf[i] !== b)) return null;
  if (String.fromCharCode(...buf.subarray(12, 16)) !== 'IHDR') return null;
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}
