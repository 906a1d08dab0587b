/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  // A dynamic import names the compiled file ('./mongo.storage.js', as Node needs); the tests read the source.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  setupFiles: ['<rootDir>/test/setup-env.ts'],
  // Every log line of the run is captured and searched for personal test values and tokens (docs/security.md).
  globalSetup: '<rootDir>/test/support/logCapture.globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/logCapture.globalTeardown.ts',
  // Whole-journey walks and real-server suites run long on two cores; no test asserts a duration.
  testTimeout: 60_000,
};
