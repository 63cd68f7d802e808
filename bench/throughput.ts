import retextLatin from 'retext-latin'
import { unified } from 'unified'
import { analyze, vnParse } from '../src/index.js'
import { quantile } from './table.js'

/** One timed pass over the corpus. */
export interface Pass {
  seconds: number
  /** CPU time of the process in the pass (steadier than wall time on a busy machine). */
  cpuSeconds: number
  micros: number[]
}

/** Passes over the corpus; the median pass is reported, the first pass warms the JIT. */
const PASSES = 3

/** One pass of `run` over every text. */
function timePass(texts: readonly string[], run: (text: string) => unknown): Pass {
  const micros = new Array<number>(texts.length)
  const cpu = process.cpuUsage()
  const started = performance.now()
  for (let i = 0; i < texts.length; i++) {
    const t = performance.now()
    run(texts[i]!)
    micros[i] = (performance.now() - t) * 1000
  }
  const seconds = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  return { seconds, cpuSeconds: (used.user + used.system) / 1e6, micros }
}

/**
 * Times each of `runs` on every text, `PASSES` times after a warm-up, the passes of the runs taken
 * in turn (so a change in the machine's load falls on all of them alike); the median pass of each.
 */
function timePasses(texts: readonly string[], runs: readonly ((text: string) => unknown)[]): Pass[] {
  const warmUp = texts.slice(0, Math.min(texts.length, 1000))
  for (const run of runs) for (const text of warmUp) run(text)
  const passes = runs.map((): Pass[] => [])
  for (let p = 0; p < PASSES; p++) runs.forEach((run, r) => passes[r]!.push(timePass(texts, run)))
  return passes.map((own) => own.sort((a, b) => a.seconds - b.seconds)[Math.floor(own.length / 2)]!)
}

/** Throughput figures of one measured function. */
export interface Throughput {
  name: string
  articlesPerSecond: number
  /** Articles per second of CPU time. */
  articlesPerCpuSecond: number
  mbPerSecond: number
  p50: number
  p99: number
}

function figures(name: string, pass: Pass, count: number, mb: number): Throughput {
  const sorted = [...pass.micros].sort((a, b) => a - b)
  return {
    name,
    articlesPerSecond: count / pass.seconds,
    articlesPerCpuSecond: count / pass.cpuSeconds,
    mbPerSecond: mb / pass.seconds,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
  }
}

/**
 * `analyze()`, the bare `unified().use(retextLatin)` parse (the yardstick) and the parse
 * `analyze()` itself runs (`vnParse`: the same tree, faster) on the same texts, one core.
 */
export function measureThroughput(texts: readonly string[]): { analyze: Throughput; parse: Throughput; ownParse: Throughput } {
  const mb = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6
  const parser = unified().use(retextLatin).freeze()
  const own = unified().use(vnParse).freeze()
  const [bare, inside, full] = timePasses(texts, [(text) => parser.parse(text), (text) => own.parse(text), (text) => analyze(text)])
  return {
    analyze: figures('analyze()', full!, texts.length, mb),
    parse: figures('bare parse: unified().use(retextLatin).parse', bare!, texts.length, mb),
    ownParse: figures('parse inside analyze(): unified().use(vnParse).parse', inside!, texts.length, mb),
  }
}
