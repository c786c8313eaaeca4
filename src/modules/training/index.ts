/**
 * Training: courses of a country linked to the national training manual, sessions, registration,
 * attendance with pre/post assessment scores, certificates as PDF with a public verification code,
 * training history and the report of people trained. No victim data.
 */
import type { App, Services } from '../../http/types.ts';
import { registerCertificateRoutes } from './certificate.routes.ts';
import { registerTrainingRoutes } from './training.routes.ts';
import { registerTrainingManualRoutes } from './training-manual.routes.ts';
import { registerTrainingReportRoutes } from './training-report.routes.ts';

export { newCertificateCode } from './training.commands.ts';
export { trainingLabels } from './training.labels.ts';

export function registerTrainingModuleRoutes(app: App, services: Services): void {
  registerTrainingRoutes(app, services);
  registerTrainingManualRoutes(app, services);
  registerTrainingReportRoutes(app, services);
  registerCertificateRoutes(app, services);
}
export {
  createCourse,
  createSession,
  issueCertificates,
  recordAttendance,
  register,
} from './training.commands.ts';
export { requireSession } from './training.repo.ts';
export { issueManual } from './training-manual.commands.ts';
