/** Runs once per server process: start the outbox timer so queued emails go out even when idle. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { startOutboxTimer } = await import('@/lib/contact/outbox-timer')
  startOutboxTimer()
}
