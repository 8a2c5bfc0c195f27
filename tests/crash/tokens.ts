// The session token the crash test uses for each account: fixed, so the load needs no sign-in
// (a scrypt hash each) and the same cookies work after every restart.
export const crashSessionToken = (username: string) => `crash-session-${username}`;
