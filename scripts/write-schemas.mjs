// Writes schemas/<kind>.schema.json from the schemas in src/model/schemas, for editors: a plan
// file's first line `# yaml-language-server: $schema=...` points at one.
// Run after changing a schema: `npm run schemas`. A test fails when these files drift.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const bundled = await build({
  stdin: { contents: "export { kinds, kindNames } from './src/model/kinds.ts';", resolveDir: new URL('..', import.meta.url).pathname, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'error',
});
const source = bundled.outputFiles[0].text;
const { kinds, kindNames } = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);

const folder = new URL('../schemas/', import.meta.url);
mkdirSync(folder, { recursive: true });
for (const kind of kindNames) {
  const target = new URL(`${kind}.schema.json`, folder);
  const temp = new URL(`${kind}.schema.json.tmp`, folder);
  writeFileSync(temp, `${JSON.stringify(kinds[kind].schema, null, 2)}\n`);
  renameSync(temp, target);
  console.log(`schemas/${kind}.schema.json`);
}
