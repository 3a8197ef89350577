import { officerAssessments, officers, training } from '../../server/db/tables/index.ts';
import { assessmentRepository, officerRepository, trainingRepository } from '../../server/db/repositories/officer.repository.ts';
import type { Reader } from '../../server/db/repositories/repository.ts';
import { manyByKey, oneByKey } from './loader.ts';

/** Officers by number and by agency; training and assessments by officer. */
export function officerLoaders(r: Reader) {
  return {
    officer: oneByKey((nos) => officerRepository.findAllIn(r, officers.officerNo, nos), (x) => x.officerNo),
    agencyOfficers: manyByKey((codes) => officerRepository.findAllIn(r, officers.agencyCode, codes), (x) => x.agencyCode),
    officerTraining: manyByKey((nos) => trainingRepository.findAllIn(r, training.officerNo, nos), (x) => x.officerNo),
    officerAssessments: manyByKey(
      (nos) => assessmentRepository.findAllIn(r, officerAssessments.officerNo, nos),
      (x) => x.officerNo,
    ),
  };
}
