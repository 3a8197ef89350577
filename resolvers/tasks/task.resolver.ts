import { Authorized, Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Task, TaskConnection } from '../../schema/tasks/task.type.ts';
import { TaskListArgs } from '../../schema/tasks/task.filter.ts';
import { TaskInput } from '../../schema/tasks/task.input.ts';
import { recordTask, taskRepository } from '../../server/db/repositories/task.repository.ts';
import type { RequestContext } from '../../server/http/context.ts';
import { ALLOWED } from '../../server/auth/roles.ts';

@Resolver(() => Task)
export class TaskResolver {
  @Authorized(ALLOWED.signedIn)
  @Query(() => TaskConnection, { description: 'The task list (任务清单), filtered, ordered and paged.' })
  tasks(@Args(() => TaskListArgs) args: TaskListArgs, @Ctx() ctx: RequestContext) {
    return taskRepository.list(ctx, args);
  }

  @Authorized(ALLOWED.signedIn)
  @Query(() => Task, { nullable: true, description: 'One task by code.' })
  task(@Arg('taskCode', () => String) taskCode: string, @Ctx() ctx: RequestContext) {
    return taskRepository.findByKey(ctx, { taskCode });
  }

  @Authorized(ALLOWED.admin)
  @Mutation(() => Task, { description: "Records (or replaces) a task of the list: the leading group's office (领导小组办公室)." })
  recordTask(@Arg('input', () => TaskInput) input: TaskInput, @Ctx() ctx: RequestContext) {
    return recordTask(ctx, input);
  }
}
