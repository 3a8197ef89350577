import { officerAssessments, officers, training } from '../../server/db/tables/index.ts';
import { assessmentRepository, officerRepository, trainingRepository } from '../../server/db/repositories/officer.repository.ts';
import type { Reader } from '../../server/db/repositories/repository.ts';
import { manyByKey, oneByKey } from './loader.ts';

/** Officers by number and by agency; training and assessments by officer. */
export const officerLoaders = {
  officer: (r: Reader) => oneByKey((nos) => officerRepository.findAllIn(r, officers.officerNo, nos), (x) => x.officerNo),
  agencyOfficers: (r: Reader) => manyByKey((codes) => officerRepository.findAllIn(r, officers.agencyCode, codes), (x) => x.agencyCode),
  officerTraining: (r: Reader) => manyByKey((nos) => trainingRepository.findAllIn(r, training.officerNo, nos), (x) => x.officerNo),
  officerAssessments: (r: Reader) => manyByKey(
    (nos) => assessmentRepository.findAllIn(r, officerAssessments.officerNo, nos),
    (x) => x.officerNo,
  ),
};
