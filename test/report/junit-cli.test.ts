import { describe, expect, it } from 'vitest';
import { repoRoot, run } from '../helpers/run.js';

describe('plan check --format junit', () => {
  it('lists every checked file as a test case, the clean ones too', async () => {
    const { code, stdout } = await run(['check', '--format', 'junit'], { cwd: repoRoot });
    expect(code).toBe(0);
    const cases = [...stdout.matchAll(/<testcase [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(cases).toEqual([
      'plans/2024/dinh-quan/bao-cao-cham-diem.yaml',
      'plans/2024/dinh-quan/bao-cao-so-ket.yaml',
      'plans/2024/dinh-quan/bao-cao-tong-ket.yaml',
      'plans/2024/dinh-quan/cham-diem.yaml',
      'plans/2024/dinh-quan/huong-dan-cham-diem.yaml',
      'plans/2024/dinh-quan/ke-hoach.yaml',
      'plans/2024/dinh-quan/to-chuc.yaml',
      'templates/cham-diem.yaml',
      'templates/so-ket.yaml',
      'templates/tong-ket.yaml',
    ]);
    expect(stdout).toContain('failures="0"');
  });
});
