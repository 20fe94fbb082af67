// What `plan check` is given to check (src/repo/files.ts): the YAML files under the folders named,
// and, for a province's decade, the year folders left for the threads that check them to list.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles, estimateYear, listYamlFiles } from '../../src/repo/files.js';
import { tempFolders } from '../helpers/fixtures.js';

const tempFolder = tempFolders();

function tree() {
  return tempFolder({
    'plans/to-chuc-tinh.yaml': 'x',
    'plans/2016/xa-001/ke-hoach.yaml': 'x',
    'plans/2016/xa-001/ghi-chu.txt': 'x',
    'plans/2016/.nhap/ke-hoach.yaml': 'x',
    'plans/2017/xa-001/ke-hoach.yml': 'x',
    'plans/luu-tru/2015/xa-001/ke-hoach.yaml': 'x',
    'plans/node_modules/2014/a/b.yaml': 'x',
  });
}

describe('collectFiles', () => {
  it('walks every folder named for *.yaml and *.yml, hidden folders and node_modules left out, sorted', () => {
    const root = tree();
    const { files, years } = collectFiles(root, ['plans']);
    expect(years).toEqual([]);
    expect(files).toEqual(
      ['plans/2016/xa-001/ke-hoach.yaml', 'plans/2017/xa-001/ke-hoach.yml', 'plans/luu-tru/2015/xa-001/ke-hoach.yaml', 'plans/to-chuc-tinh.yaml'].map((f) => join(root, f)),
    );
  });

  it('asked to, leaves the folders named like a year unlisted, wherever they are, and lists the rest', () => {
    const root = tree();
    const { files, years } = collectFiles(root, ['plans'], true);
    expect(years).toEqual(['plans/2016', 'plans/2017', 'plans/luu-tru/2015'].map((f) => join(root, f)));
    expect(files).toEqual([join(root, 'plans/to-chuc-tinh.yaml')]);
    // A year folder lists as the whole walk would have.
    expect(listYamlFiles(join(root, 'plans/2016'))).toEqual([join(root, 'plans/2016/xa-001/ke-hoach.yaml')]);
  });

  it('a file named besides its year folder is left to the year, unless the year would not list it', () => {
    const root = tree();
    const named = ['plans', 'plans/2016/xa-001/ke-hoach.yaml', 'plans/2016/xa-001/ghi-chu.txt', 'plans/2016/.nhap/ke-hoach.yaml'];
    const { files, years } = collectFiles(root, named, true);
    expect(years).toContain(join(root, 'plans/2016'));
    expect(files).toEqual(['plans/2016/.nhap/ke-hoach.yaml', 'plans/2016/xa-001/ghi-chu.txt', 'plans/to-chuc-tinh.yaml'].map((f) => join(root, f)));
  });

  it('a year folder named itself is left unlisted too', () => {
    const root = tree();
    expect(collectFiles(root, ['plans/2017'], true)).toEqual({ files: [], years: [join(root, 'plans/2017')] });
    expect(collectFiles(root, ['plans/2017']).files).toEqual([join(root, 'plans/2017/xa-001/ke-hoach.yml')]);
  });
});

describe('estimateYear', () => {
  it('counts the bodies of a year folder times the YAML files of the first one (hidden folders left out)', () => {
    const root = tempFolder({
      '2024/a/ke-hoach.yaml': 'x',
      '2024/a/to-chuc.yaml': 'x',
      '2024/a/ghi-chu.txt': 'x',
      '2024/b/ke-hoach.yaml': 'x',
      '2024/c/.keep': '',
      '2024/.nhap/x.yaml': 'x',
    });
    expect(estimateYear(join(root, '2024'))).toBe(6);
    expect(estimateYear(join(root, 'khong-co'))).toBe(0);
  });
});
