// Stands in for `server-only` under Vitest and tsx scripts, which run on the server anyway.
export {}
