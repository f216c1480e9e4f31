import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  envelopeTo: string[]
  /** Header values, unfolded and with encoded words decoded; keys lowercase. */
  headers: Map<string, string>
  raw: string
}

export interface TestSmtp {
  url: string
  messages: ReceivedMail[]
  /** Connections clients have opened so far. */
  readonly connections: number
  stop(): Promise<void>
  /** Listens again on the same port, as a mail server back from an outage would. */
  start(): Promise<void>
}

/** A real SMTP server on 127.0.0.1 that accepts anything and keeps what it received. */
export async function startTestSmtp({ port: fixedPort = 0 } = {}): Promise<TestSmtp> {
  const messages: ReceivedMail[] = []
  let connections = 0
  let server: SMTPServer | undefined
  let port = fixedPort

  async function start() {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // Stopping ends open connections at once (421), as a mail server going down does, instead of
      // waiting 30 s for clients to leave (0 would mean the default).
      closeTimeout: 1,
      onConnect(_session, callback) {
        connections++
        callback()
      },
      onData(stream, session, done) {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8')
          messages.push({
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
            headers: parseHeaders(raw),
            raw,
          })
          done()
        })
      },
    })
    const listening = server
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject)
      listening.listen(port, '127.0.0.1', () => resolve())
    })
    port = (listening.server.address() as AddressInfo).port
  }

  async function stop() {
    const closing = server
    server = undefined
    await new Promise<void>((resolve) => (closing ? closing.close(resolve) : resolve()))
  }

  await start()
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    get connections() {
      return connections
    },
    stop,
    start,
  }
}

function parseHeaders(raw: string): Map<string, string> {
  const head = raw.split(/\r?\n\r?\n/, 1)[0] ?? ''
  const headers = new Map<string, string>()
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0)
      headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()))
  }
  return headers
}

// RFC 2047 encoded words, as nodemailer writes them for non-ASCII subjects and names.
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9a-f]{2})/gi, (_m, hex: string) =>
                String.fromCharCode(parseInt(hex, 16)),
              ),
            'latin1',
          ).toString('utf8'),
    )
}
