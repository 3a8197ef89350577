import type { TaskPhase } from '../../../domain/enums.ts';
import { tasks } from '../../tables/index.ts';
import { seedStep } from './step.ts';
import type { World } from './world.ts';

/** The demo's 任务清单 (the plan's 附件2): a lead unit is a city agency (by template key), a region code or a name. */
export interface DemoTask {
  taskCode: string;
  title: string;
  section: string;
  phase: TaskPhase;
  deadline: string;
  lead: { agencyKey: string } | { code: string } | { name: string };
}

const JUSTICE = { name: '市司法局（领导小组办公室）' };
const CITY = { code: '420700' };

/**
 * The task list drawn from the plan's §三 main tasks and §四 steps: the phase is the step of
 * §四 the task belongs to (提能筑基 2022, 集中攻坚 2023, 巩固提升 2024), the deadline the one the
 * plan sets (e.g. the problem list by the end of 2022, the special supervision by September 2023,
 * the acceptance review before November 2024) or the end of its phase.
 */
export const DEMO_TASKS: DemoTask[] = [
  { taskCode: 'RW01', section: '三(一)', phase: 'CAPABILITY', deadline: '2022-12-31', lead: JUSTICE, title: '开展法治骨干业务集训和本系统执法人员全员业务培训' },
  { taskCode: 'RW02', section: '三(一)', phase: 'CAMPAIGN', deadline: '2023-12-31', lead: JUSTICE, title: '执法人员每人每年不少于30学时专门业务培训和30学时法律知识培训' },
  { taskCode: 'RW03', section: '三(二)', phase: 'CAPABILITY', deadline: '2022-12-31', lead: JUSTICE, title: '全面推行行政执法“三项制度”，实现市区乡全面覆盖' },
  { taskCode: 'RW04', section: '三(二)', phase: 'CAMPAIGN', deadline: '2023-12-31', lead: { agencyKey: 'city-urban' }, title: '打造行政执法“三项制度”落地示范样板' },
  { taskCode: 'RW05', section: '三(三)', phase: 'CAPABILITY', deadline: '2022-12-31', lead: JUSTICE, title: '建立以执法质量、监管履行率、社会满意度为核心的效能评价制度' },
  { taskCode: 'RW06', section: '三(三)', phase: 'CAMPAIGN', deadline: '2023-12-31', lead: JUSTICE, title: '每年开展一次行政执法案卷评查，每季度备案执法案件统计信息' },
  { taskCode: 'RW07', section: '三(四)', phase: 'CAPABILITY', deadline: '2022-12-31', lead: JUSTICE, title: '编制并公布行政处罚自由裁量权标准目录' },
  { taskCode: 'RW08', section: '三(四)', phase: 'CAMPAIGN', deadline: '2023-06-30', lead: { agencyKey: 'city-amr' }, title: '将“两轻两免”清单扩展至各行政执法领域' },
  { taskCode: 'RW09', section: '三(五)', phase: 'CAPABILITY', deadline: '2022-12-31', lead: JUSTICE, title: '梳理研判执法突出问题，形成问题清单' },
  { taskCode: 'RW10', section: '三(五)', phase: 'CAMPAIGN', deadline: '2023-09-30', lead: CITY, title: '开展执法突出问题专项整治和专项督查' },
  { taskCode: 'RW11', section: '三(六)', phase: 'CAMPAIGN', deadline: '2023-12-31', lead: JUSTICE, title: '建立执法争议协调机制' },
  { taskCode: 'RW12', section: '三(六)', phase: 'CAMPAIGN', deadline: '2023-12-31', lead: { name: '各区人民政府' }, title: '制定公布乡镇（街道）综合行政执法目录和执法衔接机制' },
  { taskCode: 'RW13', section: '三(七)', phase: 'CONSOLIDATION', deadline: '2024-12-31', lead: JUSTICE, title: '推广运用湖北省行政执法平台和执法监督平台，执法程序网上流转' },
  { taskCode: 'RW14', section: '三(七)', phase: 'CONSOLIDATION', deadline: '2024-12-31', lead: { agencyKey: 'city-amr' }, title: '健全“双随机、一公开”和“互联网+监管”新型监管机制' },
  { taskCode: 'RW15', section: '三(八)', phase: 'CONSOLIDATION', deadline: '2024-12-31', lead: CITY, title: '基本建成市区乡三级全覆盖的行政执法协调监督工作体系' },
  { taskCode: 'RW16', section: '三(八)', phase: 'CAMPAIGN', deadline: '2023-12-31', lead: JUSTICE, title: '建立健全问题线索向纪检监察机关移送机制' },
  { taskCode: 'RW17', section: '三(九)', phase: 'CONSOLIDATION', deadline: '2024-06-30', lead: JUSTICE, title: '修订《鄂州市行政执法责任制实施办法》，制定案卷评查办法等配套文件' },
  { taskCode: 'RW18', section: '三(十)', phase: 'CONSOLIDATION', deadline: '2024-06-30', lead: { agencyKey: 'city-urban' }, title: '统一更换综合行政执法制式服装，落实持证上岗、亮证执法' },
  { taskCode: 'RW19', section: '三(十一)', phase: 'CONSOLIDATION', deadline: '2024-12-31', lead: JUSTICE, title: '规范执法辅助人员管理，建立尽职免责和容错纠错机制' },
  { taskCode: 'RW20', section: '四(三)', phase: 'CONSOLIDATION', deadline: '2024-11-30', lead: JUSTICE, title: '总结行政执法品质提升工作情况，配合验收评估' },
];

/** The lead unit as stored: the agency's code, the region code or the name. */
export function leadUnitOf(task: DemoTask, world: World): string {
  if ('code' in task.lead) return task.lead.code;
  if ('name' in task.lead) return task.lead.name;
  const key = task.lead.agencyKey;
  const agency = world.agencies.find((a) => a.key === key);
  if (!agency) throw new Error(`unknown demo agency ${key}`);
  return agency.code;
}

export const taskStep = seedStep(tasks, function* (world: World) {
  for (const t of DEMO_TASKS) {
    yield { taskCode: t.taskCode, title: t.title, section: t.section, phase: t.phase, deadline: t.deadline, leadUnit: leadUnitOf(t, world) };
  }
});
