// Builds the runnable tool into dist/ (run by `npm ci` through "prepare", and by `npm test`):
//  1. validators generated ahead of time from the JSON Schemas with ajv's standalone code, so the
//     tool never compiles a schema when it starts;
//  2. one ESM bundle per command path (esbuild, code splitting): `plan check` loads the checker,
//     never the renderer; `plan --help` loads only the command list.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const gen = join(root, 'dist', '.gen');
rmSync(dist, { recursive: true, force: true });
mkdirSync(gen, { recursive: true });

// The schemas and ajv options, read from the TypeScript sources themselves.
const modelFile = join(gen, 'model.mjs');
await build({
  stdin: {
    contents: "export { kinds, kindNames } from './src/model/kinds.ts'; export { ajvOptions } from './src/check/validators-compiled.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: modelFile,
  logLevel: 'error',
});
const { kinds, kindNames, ajvOptions } = await import(pathToFileURL(modelFile).href);

const ajv = new Ajv2020({ ...ajvOptions, code: { source: true, esm: true } });
const exportNames = {};
kindNames.forEach((kind, i) => {
  ajv.addSchema(kinds[kind].schema);
  exportNames[`v${i}`] = kinds[kind].schema.$id;
});
writeFileSync(join(gen, 'standalone.mjs'), standaloneCode(ajv, exportNames));
writeFileSync(
  join(gen, 'validators.mjs'),
  [
    `import { ${Object.keys(exportNames).join(', ')} } from './standalone.mjs';`,
    `const table = { ${kindNames.map((kind, i) => `${JSON.stringify(kind)}: v${i}`).join(', ')} };`,
    `export const ajvOptions = ${JSON.stringify(ajvOptions)};`,
    'export function validatorFor(kind) { return table[kind]; }',
    '',
  ].join('\n'),
);

// The ahead-of-time validators stand in for the module that compiles them.
const aheadOfTime = {
  name: 'ahead-of-time-validators',
  setup(b) {
    b.onResolve({ filter: /validators-compiled\.js$/ }, () => ({ path: join(gen, 'validators.mjs') }));
  },
};

await build({
  entryPoints: { 'cli/main': join(root, 'src/cli/main.ts'), 'check/worker': join(root, 'src/check/worker.ts') },
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS packages bundled into ESM (ajv, yaml) call require(): give them Node's.
  banner: { js: "import { createRequire as __planCreateRequire } from 'node:module'; const require = __planCreateRequire(import.meta.url);" },
  plugins: [aheadOfTime],
  logLevel: 'error',
  legalComments: 'none',
});
rmSync(gen, { recursive: true, force: true });
