import { tasks } from '../tables/index.ts';
import { KIND_TABLES } from '../kinds.ts';
import type { Task } from '../../../schema/tasks/task.type.ts';
import type { TaskFilter, TaskOrderField } from '../../../schema/tasks/task.filter.ts';
import { repository } from './repository.ts';
import { recordKind } from './record-kind.ts';

const t = tasks;

export const taskRepository = repository<typeof tasks, Task, TaskFilter, TaskOrderField>({
  entity: 'task',
  table: tasks,
  key: [t.taskCode],
  filters: { taskCode: t.taskCode, title: t.title, section: t.section, leadUnit: t.leadUnit, phase: t.phase, deadline: t.deadline },
  orders: { TASK_CODE: t.taskCode, PHASE: t.phase, DEADLINE: t.deadline },
  typeName: 'Task',
});

/** Records a task of the list, or replaces the one with the same code. */
export const recordTask = recordKind(KIND_TABLES.tasks, taskRepository);
