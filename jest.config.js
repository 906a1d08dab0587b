/**
 * The problem profile's chart libraries (vega, vega-lite and the d3 modules they use) are ES modules only.
 * The application imports them with import() (bot/chart/drawChart.ts); under jest, which runs CommonJS,
 * @swc/jest compiles them to CommonJS like the project's own files. vega-canvas's Node build awaits at its
 * top level (looking for the optional `canvas` package, which the project does not install), which
 * CommonJS cannot express: its browser build, which finds no canvas either, stands in for it.
 */
const ESM_CHART_PACKAGES = ['vega', 'vega-[a-z-]+', 'd3-[a-z-]+', 'internmap', 'delaunator', 'robust-predicates', 'json-stringify-pretty-compact'];
const swc = (syntax) => ['@swc/jest', { jsc: { parser: { syntax }, target: 'es2022' }, module: { type: 'commonjs' } }];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': swc('typescript'), [`/node_modules/(?:${ESM_CHART_PACKAGES.join('|')})/.+\\.m?js$`]: swc('ecmascript') },
  transformIgnorePatterns: [`/node_modules/(?!(?:${ESM_CHART_PACKAGES.join('|')})/)`],
  moduleNameMapper: {
    '^vega-canvas$': '<rootDir>/node_modules/vega-canvas/build/vega-canvas.browser.js',
    // A dynamic import names the compiled file ('./mongo.storage.js', as Node needs); the tests read the source.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  // Every log line of the run is captured and searched for personal test values and tokens (docs/security.md).
  globalSetup: '<rootDir>/test/support/logCapture.globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/logCapture.globalTeardown.ts',
  // Whole-journey walks and real-server suites run long on two cores; no test asserts a duration.
  testTimeout: 60_000,
};
