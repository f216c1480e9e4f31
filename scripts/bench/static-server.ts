// The ceiling for serving one page from Node: the prerendered HTML held in memory, written as-is.
// Run as its own process (`node --import tsx static-server.ts FILE PORT`) so it does not share
// an event loop with the load generator.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'

const [file, port] = process.argv.slice(2)
if (!file || !port) throw new Error('usage: static-server.ts FILE PORT')

const body = readFileSync(file)
const headers = { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }

createServer((_request, response) => {
  response.writeHead(200, headers)
  response.end(body)
}).listen(Number(port), '127.0.0.1', () => console.log(`static server on ${port}`))
