// A scoring scheme written in the test, for the scoring core: by default one criterion worth 100
// and one band for every total; a test gives what it is about (sections, bands, awards, tie-break).
import type { ScoringScheme } from '../../src/model/scoring-types.js';

export function testScheme(over: Partial<ScoringScheme> = {}): ScoringScheme {
  return {
    kind: 'huong-dan-cham-diem',
    body: 'x',
    year: 2025,
    source: { kind: 'Hướng dẫn', title: 't' },
    total: 100,
    sections: [{ id: 's', code: 'I', title: 'S', max: 100, criteria: [{ id: 'c', code: '1', title: 'C', max: 100 }] }],
    classes: [{ id: 'a', name: 'A', min: 0 }],
    ...over,
  };
}
