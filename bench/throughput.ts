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

/** Times `run` on every text, `PASSES` times after a warm-up; returns the median pass. */
function timePasses(texts: readonly string[], run: (text: string) => unknown): Pass {
  for (const text of texts.slice(0, Math.min(texts.length, 1000))) run(text)
  const passes: Pass[] = []
  for (let p = 0; p < PASSES; p++) {
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
    passes.push({ seconds, cpuSeconds: (used.user + used.system) / 1e6, micros })
  }
  passes.sort((a, b) => a.seconds - b.seconds)
  return passes[Math.floor(passes.length / 2)]!
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
  const parse = figures('bare parse: unified().use(retextLatin).parse', timePasses(texts, (text) => parser.parse(text)), texts.length, mb)
  const own = unified().use(vnParse).freeze()
  const ownParse = figures('parse inside analyze(): unified().use(vnParse).parse', timePasses(texts, (text) => own.parse(text)), texts.length, mb)
  const full = figures('analyze()', timePasses(texts, (text) => analyze(text)), texts.length, mb)
  return { analyze: full, parse, ownParse }
}
