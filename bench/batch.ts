import { spawn, spawnSync } from 'node:child_process'
import { createWriteStream, readFileSync } from 'node:fs'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = fileURLToPath(new URL('../bin/vn-admin-news.js', import.meta.url))

/** Builds `dist/` so the CLI measured is the one the package ships. */
export function buildPackage(): void {
  const built = spawnSync('npx', ['tsup', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  if (built.status !== 0) throw new Error('bench: the build (tsup) failed')
}

/** Writes `texts` as JSONL records `{"id","text"}`, repeated until `count` records. */
export async function writeJsonl(path: string, texts: readonly string[], count: number): Promise<number> {
  const out = createWriteStream(path)
  let bytes = 0
  for (let i = 0; i < count; i++) {
    const line = `${JSON.stringify({ id: `a${i}`, text: texts[i % texts.length] })}\n`
    bytes += Buffer.byteLength(line)
    if (!out.write(line)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'close')
  return bytes
}

/** One CLI run: wall time, and what its summary line says. */
export interface CliRun {
  seconds: number
  records: number
  peakRssMb: number
  /** CPU time of the CLI process, all threads. */
  cpuSeconds: number
  /** Resident memory of the CLI process sampled every second (MB), to show it stays flat. */
  rssSamples: number[]
  summary: string
}

/** Resident memory of a running process in MB (Linux), or `null`. */
function rssOf(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) / 1024 : null
  } catch {
    return null
  }
}

/** Runs `vn-admin-news batch input -o /dev/null --workers N` as a user would. */
export async function runCli(input: string, workers: number): Promise<CliRun> {
  const started = performance.now()
  const child = spawn(process.execPath, [bin, 'batch', input, '-o', '/dev/null', '--workers', String(workers)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const rssSamples: number[] = []
  const sampler = setInterval(() => {
    const rss = child.pid === undefined ? null : rssOf(child.pid)
    if (rss !== null) rssSamples.push(rss)
  }, 1000)
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const [code] = (await once(child, 'close')) as [number | null]
  clearInterval(sampler)
  const seconds = (performance.now() - started) / 1000
  const summary = stderr.trim().split('\n').pop() ?? ''
  if (code !== 0) throw new Error(`bench: batch exited ${code}: ${stderr}`)
  return {
    seconds,
    records: Number(/(\d+) records/.exec(summary)?.[1] ?? 0),
    peakRssMb: Number(/peak RSS (\d+) MB/.exec(summary)?.[1] ?? 0),
    cpuSeconds: Number(/CPU ([\d.]+) s/.exec(summary)?.[1] ?? 0),
    rssSamples,
    summary,
  }
}
