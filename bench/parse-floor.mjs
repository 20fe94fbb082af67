// The floor for bench/scale.mjs: the `yaml` package parsing every file with positions, one thread.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

const files = readdirSync(process.argv[2], { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
const start = process.hrtime.bigint();
for (const file of files) parseDocument(readFileSync(join(process.argv[2], file), 'utf8'), { lineCounter: new LineCounter() });
console.log(JSON.stringify({ seconds: Number(process.hrtime.bigint() - start) / 1e9, files: files.length }));
