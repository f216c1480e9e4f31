// nginx as the bench runs it: not a system service but a foreground process with its own prefix,
// serving docs/nginx/site.conf (the deploy guide's file) plus one server for a plain HTML file.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { start, waitForHttp, type Started } from './proc'

export type NginxPorts = { front: number; plainFile: number; upstream: string }

/** The deploy guide's site.conf with this run's ports and cache directory swapped in. */
export function renderSiteConf(template: string, ports: NginxPorts, cacheDir: string): string {
  const replacements: [string, string][] = [
    ['server 127.0.0.1:3000;', `server ${ports.upstream};`],
    ['listen 127.0.0.1:8080;', `listen 127.0.0.1:${ports.front};`],
    ['/var/cache/nginx/modder-coder', cacheDir],
  ]
  return replacements.reduce((conf, [from, to]) => {
    if (!conf.includes(from)) throw new Error(`site.conf no longer contains "${from}"`)
    return conf.replace(from, to)
  }, template)
}

function mainConf(prefix: string, plainRoot: string, plainPort: number): string {
  // As root, workers would switch to `nobody` and lose access to the temp dirs.
  const user = process.getuid?.() === 0 ? 'user root;' : ''
  return `${user}
worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  include ${prefix}/site.conf;
  server {
    listen 127.0.0.1:${plainPort};
    root ${plainRoot};
  }
}
`
}

/**
 * Starts nginx in the foreground. `plainRoot` is served as-is on `ports.plainFile`; the caching
 * front proxies to `ports.upstream`.
 */
export async function startNginx(
  siteConfPath: string,
  ports: NginxPorts,
  plainRoot: string,
): Promise<Started & { prefix: string }> {
  if (spawnSync('nginx', ['-v']).error) {
    throw new Error(
      "nginx is not installed: the caching-front bench runs Debian's nginx (apt-get install -y nginx); or leave it out with --only build,serve,contact",
    )
  }
  const prefix = mkdtempSync(path.join(os.tmpdir(), 'modder-bench-nginx-'))
  const cacheDir = path.join(prefix, 'cache')
  mkdirSync(cacheDir)
  const site = renderSiteConf(readFileSync(siteConfPath, 'utf8'), ports, cacheDir)
  writeFileSync(path.join(prefix, 'site.conf'), site)
  writeFileSync(path.join(prefix, 'nginx.conf'), mainConf(prefix, plainRoot, ports.plainFile))
  const args = [
    '-p',
    prefix,
    '-c',
    path.join(prefix, 'nginx.conf'),
    '-e',
    path.join(prefix, 'error.log'),
  ]
  const started = start('nginx', [...args, '-g', 'daemon off;'])
  const stop = async () => {
    await started.stop()
    rmSync(prefix, { recursive: true, force: true })
  }
  await waitForHttp(`http://127.0.0.1:${ports.plainFile}/`, started, 10_000).catch(
    async (error) => {
      await stop()
      throw error
    },
  )
  return { ...started, stop, prefix }
}
