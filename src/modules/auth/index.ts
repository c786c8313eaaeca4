export { revokeSecondFactorAccess } from './account.commands.ts';
export { purgeExpiredSessions } from './auth.repo.ts';
export { registerAuthRoutes } from './auth.routes.ts';
export {
  type Authentication,
  authenticateApiToken,
  authenticateSession,
  authenticateSessionWithTransaction,
  forgetSession,
  isSessionCheckFailure,
  rememberedSession,
} from './credentials.ts';
export { draftWrappingKey, registerDraftKeyRoutes } from './draft-key.ts';
export { checkPasswordPolicy, hashPassword } from './password.ts';
export { signInThrottle, totpSecretContext } from './sign-in.commands.ts';
export { totpCode } from './totp.ts';
