/**
 * The deadline engine: one table of dated obligations that modules register (protection orders'
 * expiry, referrals' answers, care-plan reviews, reintegration follow-ups, court dates), the
 * dashboard by agency and by user, and reminders at configured lead times as in-app
 * notifications and e-mail. See docs/decisions/0007-deadline-engine.md.
 */
export {
  cancelDeadlinesOfClosedCase,
  closeDeadline,
  type RegisterDeadlineProps,
  registerDeadline,
} from './deadline.commands.ts';
export { type DeadlineRow, findDeadlineOfSource } from './deadline.repo.ts';
export { registerDeadlineRoutes } from './deadline.routes.ts';
export { endOfDay, localDate, startOfDay } from './deadline-calendar.ts';
export { type PlannedReminder, plannedReminders } from './deadline-reminders.ts';
export { type DeadlineSourceKind, deadlineSources } from './deadline-sources.ts';
export { createMailer, type Mailer } from './mailer.ts';
export {
  reminderEmailHandler,
  reminderEmailJob,
  scheduleReminderSweep,
  sweepReminders,
  sweepRemindersHandler,
  sweepRemindersJob,
} from './reminders.ts';
