// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The journeys and forms are content: the engine is given them in a catalogue at wiring (docs/architecture.md).
const CONTENT_DIRS = ['dialogs/business/**', 'dialogs/police/**', 'dialogs/referral/**', 'dialogs/socialCare/**', 'dialogs/situations/**'];
const CONTENT_FILES = [...CONTENT_DIRS, 'dialogs/forms/*.form.ts', 'dialogs/catalogue.content.ts'];
const CONTENT_IMPORTS = [
  { regex: '(^|/)(business|police|referral|socialCare|situations)(/|$)', message: 'The engine never imports a journey: it is given them in the catalogue (dialogs/catalogue.ts).' },
  { regex: '(^|/)forms/[^/]+\\.form$', message: 'The engine never imports a form: it is given them in the catalogue (dialogs/catalogue.ts).' },
  { regex: '\\.flow$', message: 'The engine never imports a journey: it is given them in the catalogue (dialogs/catalogue.ts).' },
  { regex: '(^|/)catalogue\\.content$', message: 'Only bot/ wiring (and tests) read the content list; the engine is handed the catalogue.' },
];

const SDK = ['botbuilder', 'botbuilder-*', 'botframework-*', 'restify', 'restify-*', 'mongodb', 'libsql'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bot/web/static/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': 'error',
      'no-console': 'error',
    },
  },
  // The arrows of ARCHITECTURE.md: the SDKs stay in bot/, and nothing imports bot/.
  {
    files: ['dialogs/**/*.ts', 'machines/**/*.ts', 'cards/**/*.ts', 'knowledge/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: SDK, message: 'Only bot/ imports botbuilder, restify or mongodb (ARCHITECTURE.md).' },
            { group: ['**/bot', '**/bot/**'], message: 'Nothing imports bot/: pass what is needed in (ARCHITECTURE.md).' },
          ],
        },
      ],
    },
  },
  // Engine below content: no file of the generic engine imports a journey, a form or the content list.
  {
    files: ['dialogs/**/*.ts'],
    ignores: CONTENT_FILES,
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: SDK, message: 'Only bot/ imports botbuilder, restify or mongodb (ARCHITECTURE.md).' },
            { group: ['**/bot', '**/bot/**'], message: 'Nothing imports bot/: pass what is needed in (ARCHITECTURE.md).' },
            ...CONTENT_IMPORTS,
          ],
        },
      ],
    },
  },
  {
    files: ['machines/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: SDK, message: 'Machines are pure: no SDKs.' },
            { group: ['**/bot', '**/bot/**', '**/dialogs', '**/dialogs/**', '**/cards', '**/cards/**'], message: 'machines/ may import only knowledge/ (ARCHITECTURE.md).' },
          ],
        },
      ],
    },
  },
  {
    files: ['cards/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: SDK, message: 'Cards are pure: no SDKs.' },
            { group: ['**/bot', '**/bot/**', '**/dialogs', '**/dialogs/**', '**/machines', '**/machines/**'], message: 'cards/ may import only knowledge/ (ARCHITECTURE.md).' },
          ],
        },
      ],
    },
  },
  {
    files: ['knowledge/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: SDK, message: 'knowledge/ is data: no SDKs.' },
            { group: ['**/bot', '**/bot/**', '**/dialogs', '**/dialogs/**', '**/machines', '**/machines/**', '**/cards', '**/cards/**'], message: 'knowledge/ imports no other room (ARCHITECTURE.md).' },
          ],
        },
      ],
    },
  },
  {
    files: ['tools/**/*.mjs', '*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', Buffer: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['tools/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
