export { countDemoUsers, isEmpty, seedDemo } from './demo.commands.ts';
export { demoAgencies } from './demo-agencies.ts';
export { demoPassword, demoUsers } from './demo-users.ts';
