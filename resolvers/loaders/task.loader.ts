import { tasks } from '../../server/db/tables/index.ts';
import { taskRepository } from '../../server/db/repositories/task.repository.ts';
import type { Reader } from '../../server/db/repositories/repository.ts';
import { oneByKey } from './loader.ts';

/** Tasks by code. */
export const taskLoaders = {
  task: (r: Reader) => oneByKey((codes) => taskRepository.findAllIn(r, tasks.taskCode, codes), (x) => x.taskCode),
};
