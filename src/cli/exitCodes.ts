/** Exit codes of the dvht command (SPEC §3): stable, outside checks rely on them. */
export const EXIT = {
  ok: 0,
  /** Something unexpected inside dvht itself. */
  internal: 1,
  /** Invalid input or usage: nothing on stdout, one Vietnamese line per problem on stderr. */
  invalid: 2,
} as const;
