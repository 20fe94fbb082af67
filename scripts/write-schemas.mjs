// Writes schemas/<kind>.schema.json from the schemas in src/model/schemas (via the build in dist/),
// for editors: a plan file's first line `# yaml-language-server: $schema=...` points at one.
// Run after changing a schema: `npm run schemas`. A test fails when these files drift.
import { writeFileSync, renameSync, mkdirSync } from 'node:fs';
import { kinds, kindNames } from '../dist/model/kinds.js';

const folder = new URL('../schemas/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const kind of kindNames) {
  const target = new URL(`${kind}.schema.json`, folder);
  const temp = new URL(`${kind}.schema.json.tmp`, folder);
  writeFileSync(temp, `${JSON.stringify(kinds[kind].schema, null, 2)}\n`);
  renameSync(temp, target);
  console.log(`schemas/${kind}.schema.json`);
}
