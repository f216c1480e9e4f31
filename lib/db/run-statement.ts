import pg from 'pg'

/** One SQL statement on its own short-lived connection: creating and dropping test databases and schemas. */
export async function runStatement(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}
