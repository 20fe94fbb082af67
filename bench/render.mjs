// `plan render ke-hoach` of the shipped plan (plans/2024/dinh-quan) against pandoc writing a .docx
// from Markdown that holds the same text, built from the same outline (src/render/outline.ts):
// wall time and peak resident memory, medians of several runs after a warm-up, printed as ratios,
// with `node -e 0` as the floor. Prints figures, asserts nothing. Peak memory of a child comes from
// python3's resource module (Node has no API for it). Without pandoc, plan's own figures only.
// Usage: node bench/render.mjs [runs=11]   (build first: npm run build; pandoc: apt-get install pandoc)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 11);
const bin = join(root, 'bin', 'plan.js');
const example = join(root, 'plans', '2024', 'dinh-quan');

if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) {
  console.log('dist/ is missing: run `npm run build` first');
  process.exit(1);
}

const available = (command, args) => !spawnSync(command, args, { stdio: 'ignore' }).error;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const env = { ...process.env, NO_COLOR: '1' };

/** Wall time of one run, ms; throws when the command fails. */
function timed([command, ...args], cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.error || result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.error ?? `exit ${result.status}`}\n${result.stderr}`);
  return ms;
}

// ru_maxrss of the children is the largest resident set of any child waited for: KB on Linux.
const maxRss = 'import resource,subprocess,sys; r=subprocess.run(sys.argv[1:]); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if r.returncode == 0 else -r.returncode - 1)';

/** Peak resident memory of one run, MB. */
function peak(command, cwd) {
  const result = spawnSync('python3', ['-c', maxRss, ...command], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env });
  const kb = Number(result.stdout.trim().split('\n').at(-1));
  if (result.status !== 0 || !(kb >= 0)) throw new Error(`python3 … ${command.join(' ')}: exit ${result.status}\n${result.stderr}`);
  return kb / 1024;
}

// Markdown of the blocks, one paragraph each; lines of one block joined by hard breaks ("\" at the
// end of a line). Looks as in the Word document: title and section headings as headings; summary,
// letterhead bodies, motto, signature bold; bases, place and date italic; "Nơi nhận:" bold italic.
// The letterhead and the closing are two-column tables in Word, here paragraphs in reading order.
const inline = (text) => text.replace(/[\\`*_[\]<>#|~^$@{}]/g, '\\$&');
// A line's first word could start a list, a quote, a table or a definition ("- ", "1.", "a)", ":"):
// its punctuation is escaped when the word is all ASCII, as those markers are ("Số:" is left alone).
const line = (text) => {
  const word = /^\S*/.exec(text)[0];
  const start = /^[!-~]+$/.test(word) ? word.replace(/[!-/:-@[-`{-~]/g, '\\$&') : inline(word);
  return start + inline(text.slice(word.length));
};
const look = (mark) => (text) => `${mark}${line(text)}${mark}`;
const [bold, italic, boldItalic] = [look('**'), look('*'), look('***')];
const paragraph = (lines) => lines.join('\\\n');

function markdown(blocks) {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'letterhead':
          return [paragraph([...block.parent.map(line), bold(block.issuer)]), paragraph([bold(block.nationalTitle), bold(block.motto)])].join('\n\n');
        case 'number':
          return line(block.text);
        case 'place-date':
          return italic(block.text);
        case 'title':
          return `# ${inline(block.text)}`;
        case 'summary':
          return paragraph(block.lines.map(bold));
        case 'basis':
          return italic(block.text);
        case 'heading':
          return `${'#'.repeat(Math.min(block.level + 1, 6))} ${inline(block.text)}`;
        case 'intro':
        case 'item':
        case 'closing':
          return line(block.text);
        case 'recipients':
          return paragraph([boldItalic(block.heading), ...block.lines.map(line)]);
        case 'signature':
          return paragraph([...(block.authority ? [block.authority] : []), block.position, block.name].map(bold));
        default:
          throw new Error(`no Markdown for block "${block.type}"`);
      }
    })
    .join('\n\n')
    .concat('\n');
}

const folder = mkdtempSync(join(tmpdir(), 'plan-render-'));
try {
  // The outline from the TypeScript sources, bundled for this run (no package imports in it).
  const outlineModule = join(folder, 'outline.mjs');
  await build({
    stdin: { contents: "export { planOutline, outlineText } from './src/render/outline.ts';", resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    outfile: outlineModule,
    logLevel: 'error',
  });
  const { planOutline, outlineText } = await import(pathToFileURL(outlineModule).href);
  const read = (name) => parse(readFileSync(join(example, name), 'utf8'));
  const blocks = planOutline(read('to-chuc.yaml'), read('ke-hoach.yaml'));
  const source = join(folder, 'kh.md');
  writeFileSync(source, markdown(blocks));

  const planDocx = join(folder, 'kh.docx');
  const pandocDocx = join(folder, 'pandoc.docx');
  const hasPandoc = available('pandoc', ['--version']);
  const hasPython = available('python3', ['--version']);
  // -smart: straight quotes, "--" and "..." stay as written, as they do in plan's document.
  const commands = {
    'node -e 0': { command: [process.execPath, '-e', '0'], cwd: root },
    'plan render ke-hoach': { command: [process.execPath, bin, 'render', 'ke-hoach', '--force', '-o', planDocx], cwd: root },
    ...(hasPandoc ? { 'pandoc kh.md -o pandoc.docx': { command: ['pandoc', '-f', 'markdown-smart', source, '-o', pandocDocx], cwd: folder } } : {}),
  };

  const time = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  const memory = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
  // Interleaved rounds, so that a busy moment of the machine weighs on every command alike.
  for (let round = -1; round < runs; round++) {
    for (const [name, { command, cwd }] of Object.entries(commands)) {
      const ms = timed(command, cwd);
      const mb = hasPython ? peak(command, cwd) : NaN;
      if (round < 0) continue; // the warm-up round fills the disk cache and .plan-cache/
      time[name].push(ms);
      memory[name].push(mb);
    }
  }

  const kb = (file) => `${(statSync(file).size / 1024).toFixed(1)} KB`;
  const lines = outlineText(blocks);
  console.log(`plan: ${blocks.length} blocks, ${lines.length} printed lines; Markdown for pandoc ${kb(source)}`);
  console.log(`runs: ${runs} each, after 1 warm-up round; medians`);
  const ms = Object.fromEntries(Object.entries(time).map(([name, xs]) => [name, median(xs)]));
  const mb = Object.fromEntries(Object.entries(memory).map(([name, xs]) => [name, median(xs)]));
  for (const name of Object.keys(commands)) {
    const rss = hasPython ? `${mb[name].toFixed(1).padStart(6)} MB peak RSS` : '';
    console.log(`${name.padEnd(30)} ${ms[name].toFixed(1).padStart(7)} ms   ${rss}`.trimEnd());
  }
  if (!hasPython) console.log('python3 not found: peak memory not measured');
  const plan = 'plan render ke-hoach';
  const pandoc = 'pandoc kh.md -o pandoc.docx';
  console.log(`plan render over node -e 0: ${(ms[plan] / ms['node -e 0']).toFixed(2)}× time`);
  if (!hasPandoc) {
    console.log('pandoc not found: no comparison (install it with `apt-get install pandoc`)');
  } else {
    const memoryRatio = hasPython ? `, ${(mb[plan] / mb[pandoc]).toFixed(2)}× peak memory` : '';
    console.log(`plan render over pandoc: ${(ms[plan] / ms[pandoc]).toFixed(2)}× time${memoryRatio}`);
    console.log(`documents: plan ${kb(planDocx)}, pandoc ${kb(pandocDocx)}`);
    // The same text in both: every printed line of the outline, read back from each .docx.
    const flat = (text) => text.normalize('NFC').replace(/\s+/g, ' ');
    const textOf = (docx) => flat(spawnSync('pandoc', [docx, '-t', 'plain', '--wrap=none'], { encoding: 'utf8' }).stdout);
    const [planText, pandocText] = [textOf(planDocx), textOf(pandocDocx)];
    const missing = (text) => lines.filter((l) => !text.includes(flat(l))).length;
    console.log(`printed lines missing from the text read back: plan ${missing(planText)}, pandoc ${missing(pandocText)} (of ${lines.length})`);
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
