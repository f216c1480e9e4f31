/**
 * A real SMTP server for the browser suite (started by Playwright as a web server), with the
 * mail it received readable as JSON over HTTP so tests can check what the team was sent.
 */
import { createServer } from 'node:http'

import { startTestSmtp } from '../../lib/contact/test-smtp'

const smtpPort = Number(process.env.MAIL_SINK_SMTP_PORT ?? 2525)
const httpPort = Number(process.env.MAIL_SINK_HTTP_PORT ?? 2526)

async function main() {
  const smtp = await startTestSmtp({ port: smtpPort })
  createServer((request, response) => {
    response.setHeader('content-type', 'application/json')
    response.end(
      JSON.stringify(
        smtp.messages.map((mail) => ({
          to: mail.envelopeTo,
          headers: Object.fromEntries(mail.headers),
          raw: mail.raw,
        })),
      ),
    )
  }).listen(httpPort, '127.0.0.1', () => {
    console.log(`mail sink: smtp ${smtp.url}, messages at http://127.0.0.1:${httpPort}/`)
  })
}

void main()
