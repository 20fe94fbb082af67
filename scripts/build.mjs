// Builds the runnable tool into dist/ (run by `npm ci` through "prepare", and by `npm test`):
//  1. validators generated ahead of time from the JSON Schemas with ajv's standalone code, so the
//     tool never compiles a schema when it starts;
//  2. one ESM bundle per command path (esbuild, code splitting): `plan check` loads the checker,
//     never the renderer; `plan --help` loads only the command list.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire, isBuiltin } from 'node:module';
import { build } from 'esbuild';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';

const requireHere = createRequire(import.meta.url);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const gen = join(root, 'dist', '.gen');
rmSync(dist, { recursive: true, force: true });
mkdirSync(gen, { recursive: true });

// The schemas and ajv options, read from the TypeScript sources themselves.
const modelFile = join(gen, 'model.mjs');
await build({
  stdin: {
    contents: "export { kinds, kindNames } from './src/model/kinds.ts'; export { ajvOptions } from './src/repo/validators-compiled.ts';",
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

// The version alone, not the whole package.json (its dependency list would ride along in every file).
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const versionOnly = {
  name: 'version-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, () => ({ contents: `export const version = ${JSON.stringify(version)};`, loader: 'js' }));
  },
};

// commander requires child_process at load time, for executable subcommands plan does not have:
// hand it a stand-in that loads the real module only if it is ever used (start-up is a feature).
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/commander/`) ? { path: 'lazy-child-process', namespace: 'plan-stub' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'plan-stub' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

// chalk detects colour support when it loads, through node:tty and node:os (and with them net and
// stream): a few milliseconds on every run, for a detection plan never uses (it gives chalk the
// level it decides from its Io, cli/color-level.ts). Chalk's own browser variant detects nothing.
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/chalk/`) ? { path: join(root, 'node_modules/chalk/source/vendor/supports-color/browser.js') } : undefined,
    );
  },
};

// Node's built-in modules through require() (the banner's), not import: the ESM view of a built-in
// reads every export, so node:fs's lazy ReadStream, WriteStream and promises load the whole
// streams family on every run, used or not (and node:crypto's lazy webcrypto loads WebCrypto).
const builtinsByRequire = {
  name: 'builtins-by-require',
  setup(b) {
    b.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
      if (!isBuiltin(args.path)) return undefined;
      // The stand-in's own require(), and the packages' (they want the module itself), are left to Node.
      if (args.namespace === 'plan-builtin' || args.kind === 'require-call') return { path: args.path, external: true };
      return { path: args.path.replace(/^node:/, ''), namespace: 'plan-builtin' };
    });
    // An ES module naming the built-in's plain values (not its lazy getters), so that the bundle
    // keeps only the ones it uses and copies nothing at start.
    b.onLoad({ filter: /.*/, namespace: 'plan-builtin' }, (args) => {
      const id = JSON.stringify(`node:${args.path}`);
      const names = Object.entries(Object.getOwnPropertyDescriptors(requireHere(`node:${args.path}`)))
        .filter(([name, d]) => 'value' in d && /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default')
        .map(([name]) => name);
      const contents = [`const m = require(${id});`, 'export default m;', ...names.map((n) => `export const ${n} = /* @__PURE__ */ (() => m.${n})();`)].join('\n');
      return { contents, loader: 'js' };
    });
  },
};

// One self-contained ESM file per lazy boundary: every `import()` of a project module starts a file
// of its own at the same place under dist/ as its source under src/ (so the relative specifier
// stays right), holding all its static imports. Node loads a few files per command, not dozens
// of small chunks: each module costs the ESM loader about a millisecond at start-up.
const src = join(root, 'src');
const outputOf = (source) => join(dist, relative(src, source).replace(/\.ts$/, '.js'));
const pending = [join(src, 'cli/main.ts'), join(src, 'engine/worker.ts')];
const done = new Set();
while (pending.length > 0) {
  const entry = pending.pop();
  if (done.has(entry)) continue;
  done.add(entry);
  const outfile = outputOf(entry);
  const boundaries = {
    name: 'lazy-boundaries',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const target = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
        pending.push(target);
        let path = relative(dirname(outfile), outputOf(target)).split(sep).join('/');
        if (!path.startsWith('.')) path = `./${path}`;
        return { path, external: true };
      });
    },
  };
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: !process.env.PLAN_NO_MINIFY,
    // CommonJS packages bundled into ESM (ajv, yaml) call require(): give them Node's.
    banner: { js: "import { createRequire as __planCreateRequire } from 'node:module'; const require = __planCreateRequire(import.meta.url);" },
    plugins: [boundaries, aheadOfTime, lazyChildProcess, chalkWithoutDetection, builtinsByRequire, versionOnly],
    logLevel: 'error',
    legalComments: 'none',
  });
  asciiOnly(outfile);
}
rmSync(gen, { recursive: true, force: true });

// esbuild escapes the non-ASCII letters of strings but not of regular expression literals, and one
// such letter makes V8 keep the module's whole source in UTF-16 (twice its bytes) in every thread
// that loads it: the checker's, in each worker. `\uXXXX` is the same letter in a regular expression,
// with or without the u flag (a letter beyond the BMP becomes its surrogate pair, which both read).
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  if (!/[^\x00-\x7f]/.test(text)) return;
  if (/\\[^\x00-\x7f]/.test(text)) throw new Error(`${file}: a backslash before a non-ASCII letter; spell the letter \\u{…} in the source`);
  writeFileSync(file, text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
