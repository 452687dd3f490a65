/** Exit codes of the dvht command (SPEC §3): stable, outside checks rely on them. */
export const EXIT = {
  ok: 0,
  /** Something unexpected inside dvht itself. */
  internal: 1,
  /** Invalid input or usage: nothing on stdout, one Vietnamese line per problem on stderr. */
  invalid: 2,
  /** `kiem-tra`: an input changed since the data was locked (or the lock sheet was edited). */
  changed: 3,
  /** `kiem-tra`: the workbook was never locked. */
  notLocked: 4,
  /** `kiem-tra --so-hoi-dong`: the council's register holds no receipt of this unit (the same code as notLocked). */
  notReceived: 4,
} as const;
