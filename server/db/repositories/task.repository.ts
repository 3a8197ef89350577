import { eq } from 'drizzle-orm';
import { tasks } from '../tables/index.ts';
import { parseTaskRow } from '../../domain/records/tasks.ts';
import type { Task } from '../../../schema/tasks/task.type.ts';
import type { TaskFilter, TaskOrderField } from '../../../schema/tasks/task.filter.ts';
import type { TaskInput } from '../../../schema/tasks/task.input.ts';
import { repository, type Reader } from './repository.ts';
import { audited, upsertRow, validRecord } from './write.ts';

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
export function recordTask(r: Reader, input: TaskInput): Promise<Task> {
  return audited(r, 'task', 'update', async (tx) => {
    const record = await validRecord(tx, parseTaskRow, { ...input });
    return { entityKey: record.taskCode, ...await upsertRow(tx, t, eq(t.taskCode, record.taskCode), record) };
  }).then((row) => taskRepository.present(r.viewer, row));
}
