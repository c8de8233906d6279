/**
 * The fingerprint of an API file's bytes. The build checks every file of its static API against
 * the contract and lists each file's fingerprint in the pages it writes (scripts/prerender.ts); a
 * browser that receives those very bytes has nothing left to check, so it loads the validators
 * (zod and the schemas, about 9 kB gzip) only for data it must check (src/lib/api-client.ts). No zod in this module.
 */
/** Whether this browser can hash: crypto.subtle exists only in secure contexts (https, localhost). */
export const canHash = (): boolean => Boolean(globalThis.crypto?.subtle)
