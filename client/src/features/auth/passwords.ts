/** The server's minimum (server/src/accounts/accounts.service.ts), checked here first to say so before a round trip. */
export const MIN_PASSWORD_LENGTH = 10;
