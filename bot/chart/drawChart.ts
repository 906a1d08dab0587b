import type { TopLevelSpec } from 'vega-lite' with { 'resolution-mode': 'import' };
import { CHART_FONT_FAMILY } from '../../cards/chart/profileChart.spec';

/**
 * Draws a Vega-Lite chart as a PNG: vega-lite compiles the spec to Vega, vega renders it to SVG
 * (no canvas), and resvg turns the SVG into a PNG with the DejaVu fonts shipped in an npm package,
 * never the machine's, so a chart reads the same on every server and in CI.
 */

export interface DrawnChart {
  png: Buffer;
  width: number;
  height: number;
}

export type ChartDrawer = (spec: TopLevelSpec) => Promise<DrawnChart>;

const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`));

/** How resvg draws a chart: the package's fonts only (resvg-js reads them on each render: it keeps no font database between calls). */
export const RESVG_OPTIONS = { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: CHART_FONT_FAMILY }, shapeRendering: 1 } as const;

// vega and vega-lite are ES modules that await at their top level (vega-canvas looks for the optional
// `canvas`), so they cannot be required: they are imported, once, when the first chart is drawn.
async function loadLibraries() {
  const [vegaLite, vega, resvg] = await Promise.all([import('vega-lite'), import('vega'), import('@resvg/resvg-js')]);
  return { compile: vegaLite.compile, parse: vega.parse, View: vega.View, renderAsync: resvg.renderAsync };
}

export function chartDrawer(): ChartDrawer {
  let libraries: ReturnType<typeof loadLibraries> | undefined;
  return async (spec) => {
    libraries ??= loadLibraries().catch((error: unknown) => {
      libraries = undefined;
      throw error;
    });
    const { compile, parse, View, renderAsync } = await libraries;
    const view = new View(parse(compile(spec).spec), { renderer: 'none' });
    try {
      const svg = await view.toSVG();
      // Rasterised on libuv's thread pool, not the event loop.
      const image = await renderAsync(svg, RESVG_OPTIONS);
      return { png: image.asPng(), width: image.width, height: image.height };
    } finally {
      view.finalize();
    }
  };
}
