export { addMissingDemoUsers, countDemoUsers, isEmpty, seedDemo } from './demo.commands.ts';
export { demoAgencies } from './demo-agencies.ts';
export { demoPassword, demoSignInLines, demoUsers } from './demo-users.ts';
