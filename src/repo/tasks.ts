import type { Plan, Section, Task } from '../model/types.js';

export type Path = (string | number)[];

export interface TaskVisit {
  task: Task;
  path: Path;
  /** The quarter of the nearest section that names one. */
  quarter?: number;
}

/** Every task of a plan, in document order, with its data path and quarter. */
export function tasksOf(plan: Plan): TaskVisit[] {
  const found: TaskVisit[] = [];
  const walk = (sections: readonly Section[], base: Path, quarter: number | undefined) => {
    sections.forEach((section, i) => {
      const path = [...base, i];
      const q = section.quarter ?? quarter;
      section.tasks?.forEach((task, j) => found.push({ task, path: [...path, 'tasks', j], quarter: q }));
      if (section.sections) walk(section.sections, [...path, 'sections'], q);
    });
  };
  walk(plan.sections, ['sections'], undefined);
  return found;
}
