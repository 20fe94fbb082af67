// Generates a province's decade of plan files in the shipped schema, for bench/scale.mjs:
// plans/<year>/<commune>/ with an organisation file and several plans (the yearly plan and
// campaign plans), Vietnamese text from the shipped example, and a few files with errors.
// Usage: node bench/corpus.mjs FOLDER [communes=100] [years=10] [plansPerYear=9]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [folder, communes = 100, years = 10, perYear = 9] = [process.argv[2], ...process.argv.slice(3).map(Number)];
if (!folder) throw new Error('usage: node bench/corpus.mjs FOLDER [communes] [years] [plansPerYear]');

const organisation = readFileSync(join(root, 'plans/2024/dinh-quan/to-chuc.yaml'), 'utf8');
const plan = readFileSync(join(root, 'plans/2024/dinh-quan/ke-hoach.yaml'), 'utf8');
const names = ['Phú Vinh', 'Gia Canh', 'La Ngà', 'Ngọc Định', 'Phú Cường', 'Phú Hòa', 'Phú Lợi', 'Túc Trưng', 'Thanh Sơn', 'Suối Nho'];

/** A plan of one body for one year, renumbered; `broken` injects one of a few typical errors. */
function planFor(body, year, number, broken) {
  let text = plan
    .replace(/^body: .*$/m, `body: ${body}`)
    .replace(/^year: .*$/m, `year: ${year}`)
    .replace(/^number: .*$/m, `number: ${number}`)
    .replaceAll('2024-02-29', '2024-02-28')
    // One pass, so that a date moved to year - 1 is not moved again.
    .replace(/\b(2023|2024)-(\d{2})/g, (_, y, m) => `${y === '2023' ? year - 1 : year}-${m}`)
    .replace(/^date: .*$/m, `date: ${year}-01-${String(25 + (number % 4)).padStart(2, '0')}`)
    .replaceAll('năm 2024', `năm ${year}`)
    .replace(/^(\s+)evidence: .*$/gm, `$1evidence: Báo cáo số ${number + 300}/BC-MTTQ-BTT`)
    .replace(/^ {6}(\d{4})-(H\d): /gm, `      ${year}-$2: `);
  if (broken === 1) text = text.replace('Ủy ban MTTQ Việt Nam tỉnh).', 'Ủy ban MTTQ Vịêt Nam tỉnh).');
  if (broken === 2) text = text.replace('lead: van-phong', 'lead: 5');
  if (broken === 3) text = text.replace('summary: |-', 'summery: |-');
  return text;
}

let files = 0;
let bytes = 0;
for (let y = 0; y < years; y++) {
  const year = 2016 + y;
  for (let c = 0; c < communes; c++) {
    const body = `xa-${String(c + 1).padStart(3, '0')}`;
    const dir = join(folder, 'plans', String(year), body);
    mkdirSync(dir, { recursive: true });
    const org = organisation.replace(/^id: .*$/m, `id: ${body}`).replace(/^name: .*$/m, `name: Ủy ban MTTQ Việt Nam xã ${names[c % names.length]} ${c + 1}`);
    writeFileSync(join(dir, 'to-chuc.yaml'), org);
    files++;
    bytes += Buffer.byteLength(org);
    for (let p = 0; p < perYear; p++) {
      const n = 100 + p * 7 + (c % 5);
      // About one file in a hundred carries an error a clerk makes.
      const broken = (y * communes * perYear + c * perYear + p) % 97 === 0 ? 1 + (c % 3) : 0;
      const text = planFor(body, year, n, broken);
      writeFileSync(join(dir, p === 0 ? 'ke-hoach.yaml' : `ke-hoach-${p}.yaml`), text);
      files++;
      bytes += Buffer.byteLength(text);
    }
  }
}
console.log(JSON.stringify({ files, bytes }));
