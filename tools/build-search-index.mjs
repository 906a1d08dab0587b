// Part of `npm run build`: what the question search builds before its first question, built once from the compiled entries and written to dist/knowledge/ (bot/searchIndexFile.ts).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('../dist/bot/searchIndexFile.js').writeSearchIndex();
