// Applies pending database migrations: `npm run db:migrate`.
// Run with `tsx --conditions=react-server` so `server-only` resolves to its empty server build.
import { createDb, dbOptionsFromEnv, migrateDb } from '@/lib/db'

async function main() {
  const options = dbOptionsFromEnv()
  // Name the database without printing DATABASE_URL, which may hold a password.
  const target =
    'sqlitePath' in options ? `SQLite at ${options.sqlitePath}` : 'PostgreSQL (DATABASE_URL)'
  const db = createDb(options)
  try {
    const applied = await migrateDb(db)
    console.log(
      applied.length > 0
        ? `${target}: applied ${applied.join(', ')}`
        : `${target}: already up to date`,
    )
  } finally {
    await db.destroy()
  }
}

main().catch((error: unknown) => {
  console.error('Migration failed:', error instanceof Error ? error.message : error)
  process.exitCode = 1
})
