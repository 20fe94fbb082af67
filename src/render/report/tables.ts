import { shortDate } from '../../model/format.js';
import type { Organisation, Status } from '../../model/types.js';
import { unitName } from '../../due/rows.js';
import type { DueItem } from '../../due/select.js';
import { formatPoints } from '../../score/points.js';
import type { UnitScore } from '../../score/types.js';
import type { TableBlock } from '../blocks.js';

/** The words of a task's result, as the report prints them. */
const statusWords: Record<Status, string> = {
  done: 'Đã hoàn thành',
  'in-progress': 'Đang thực hiện',
  planned: 'Chưa thực hiện',
  cancelled: 'Không thực hiện',
};

/** What the result column says of one occurrence: its status, the day it was done, overdue; then its evidence. */
export function resultText(item: Pick<DueItem, 'status' | 'done' | 'overdue' | 'evidence'>): string {
  let text = statusWords[item.status];
  if (item.status === 'done' && item.done) text += ` ngày ${shortDate(item.done)}`;
  else if (item.overdue) text += ' (quá hạn)';
  return item.evidence ? `${text}\n${item.evidence}` : text;
}

/** "31/03/2024"; "Cả năm" for a task that runs all year. */
function deadlineText(item: DueItem): string {
  if (item.allYear) return 'Cả năm';
  return item.deadline ? shortDate(item.deadline) : '';
}

/** The tasks of a report's period, one row each: number, task, lead, deadline, result and evidence. */
export function taskTable(items: readonly DueItem[], org: Organisation | undefined): TableBlock {
  return {
    type: 'table',
    name: 'nhiem-vu',
    landscape: false,
    columns: [
      { title: 'TT', align: 'center' },
      { title: 'Nhiệm vụ', align: 'left' },
      { title: 'Chủ trì', align: 'left' },
      { title: 'Thời hạn', align: 'center' },
      { title: 'Kết quả, minh chứng', align: 'left' },
    ],
    rows: items.map((item, i) => [
      String(i + 1),
      item.task.text,
      item.task.lead ? unitName(org, item.task.lead, 'Các đơn vị') : '',
      deadlineText(item),
      resultText(item),
    ]),
  };
}

const rankText = (rank: number | null, tie: boolean) => (rank === null ? '' : tie ? `${rank} (đồng hạng)` : String(rank));

/**
 * The units' scores, as `plan score` computes them, one row per unit in its order: sections,
 * bonus, deductions, total, rank overall and in the cluster, class, proposed award. Wide: landscape.
 */
export function scoreTable(units: readonly UnitScore[], org: Organisation | undefined): TableBlock {
  const sections = units[0]?.sections ?? [];
  const cluster = (id: string | null) => (id ? (org?.clusters?.find((c) => c.id === id)?.name ?? id) : '');
  return {
    type: 'table',
    name: 'diem',
    landscape: true,
    columns: [
      { title: 'TT', align: 'center' },
      { title: 'Đơn vị', align: 'left' },
      { title: 'Cụm', align: 'left' },
      ...sections.map((s) => ({ title: s.code, align: 'right' as const })),
      { title: 'Thưởng', align: 'right' },
      { title: 'Trừ', align: 'right' },
      { title: 'Tổng', align: 'right' },
      { title: 'Hạng', align: 'center' },
      { title: 'Hạng trong cụm', align: 'center' },
      { title: 'Xếp loại', align: 'left' },
      { title: 'Đề nghị khen thưởng', align: 'left' },
    ],
    rows: units.map((u, i) => [
      String(i + 1),
      u.name,
      cluster(u.cluster),
      ...u.sections.map((s) => (s.scored ? formatPoints(s.subtotal) : '')),
      u.bonusScored ? formatPoints(u.bonus) : '',
      u.deductionsScored ? formatPoints(u.deductions) : '',
      formatPoints(u.total),
      rankText(u.rank, u.tie),
      rankText(u.clusterRank, u.clusterTie),
      u.className ?? '',
      u.awards.map((a) => a.name).join('; '),
    ]),
  };
}
