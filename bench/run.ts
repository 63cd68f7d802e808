import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildPackage, runCli, writeJsonl, type CliRun } from './batch.js'
import { benchCorpus } from './corpus.js'
import { memoryBench } from './memory.js'
import { measureStages } from './stages.js'
import { peakRssMb, printTable } from './table.js'
import { measureThroughput } from './throughput.js'

/**
 * `npm run bench`: speed and memory of the library and the batch CLI on a seeded corpus of
 * 2–3 KB articles built from `corpus/`. Prints tables; asserts nothing (figures vary by machine).
 * BENCH_ARTICLES sets the corpus size (default 5000), BENCH_BATCH_RECORDS the shorter batch
 * run's size (default 10000; the longer has twice as many); BENCH_MEMORY=0 skips the 1 GB run (`npm run bench:memory` runs it alone).
 */
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 5000)
/** Records of the shorter batch CLI run (the longer has twice as many): the corpus repeated. */
const BATCH_RECORDS = Number(process.env.BENCH_BATCH_RECORDS ?? 10000)

const texts = benchCorpus(ARTICLES)
const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0)
console.log(`vn-admin-news bench: ${texts.length} articles, ${(bytes / texts.length / 1024).toFixed(2)} KB average, Node ${process.version}`)
console.log(`load average: ${loadavg().map((load) => load.toFixed(2)).join(' ')} on ${availableParallelism()} cores`)

const { analyze, parse, ownParse } = measureThroughput(texts)
const ratio = analyze.articlesPerSecond / parse.articlesPerSecond
const cpuRatio = analyze.articlesPerCpuSecond / parse.articlesPerCpuSecond
printTable('Throughput on one core (median of 3 passes; per CPU-second too, steadier on a busy machine)', [
  '', 'articles/s', 'articles/CPU-s', 'MB/s', 'p50 µs', 'p99 µs',
], [
  [analyze.name, analyze.articlesPerSecond, analyze.articlesPerCpuSecond, analyze.mbPerSecond, analyze.p50, analyze.p99],
  [parse.name, parse.articlesPerSecond, parse.articlesPerCpuSecond, parse.mbPerSecond, parse.p50, parse.p99],
  [ownParse.name, ownParse.articlesPerSecond, ownParse.articlesPerCpuSecond, ownParse.mbPerSecond, ownParse.p50, ownParse.p99],
  ['analyze / bare parse', `${(ratio * 100).toFixed(0)}%`, `${(cpuRatio * 100).toFixed(0)}%`, '', '', ''],
  ['analyze / its own parse', `${((analyze.articlesPerSecond / ownParse.articlesPerSecond) * 100).toFixed(0)}%`, `${((analyze.articlesPerCpuSecond / ownParse.articlesPerCpuSecond) * 100).toFixed(0)}%`, '', '', ''],
])
const stages = measureStages(texts).sort((a, b) => b.ms - a.ms)
const stageTotal = stages.reduce((sum, stage) => sum + stage.ms, 0)
printTable('Where analyze() spends its time', ['step', 'ms total', 'µs/article', 'share'], stages.map((stage) => [
  stage.name, stage.ms, (stage.ms * 1000) / texts.length, `${((stage.ms / stageTotal) * 100).toFixed(1)}%`,
]))

for (const name of ['dates', 'adversarial']) {
  const url = new URL(`./${name}.ts`, import.meta.url)
  if (!existsSync(url)) continue
  try {
    const module = (await import(url.href)) as Record<string, unknown>
    const run = (typeof module.default === 'function' ? module.default : Object.values(module).find((value) => typeof value === 'function')) as
      | (() => Promise<void> | void)
      | undefined
    await run?.()
  } catch (error) {
    console.log(`\nbench/${name}.ts failed: ${(error as Error).message}`)
  }
}

buildPackage()
const dir = mkdtempSync(join(tmpdir(), 'vn-bench-'))
const input = join(dir, 'articles.jsonl')
await writeJsonl(input, texts, BATCH_RECORDS)
const double = join(dir, 'articles-2x.jsonl')
await writeJsonl(double, texts, 2 * BATCH_RECORDS)
/** Runs per batch configuration: the fastest counts (a run's JIT and GC states vary by ±30% here). */
const BATCH_REPEATS = 2
async function fastestOf(path: string, workers: number): Promise<CliRun> {
  let best: CliRun | null = null
  for (let i = 0; i < BATCH_REPEATS; i++) {
    const run = await runCli(path, workers)
    if (best === null || run.seconds < best.seconds) best = run
  }
  return best!
}
const batchRows: (string | number)[][] = []
const rates: number[] = []
/** CPU time per record of each run (all threads): the pool's overhead, whatever the machine's load. */
const cpuPerRecord: number[] = []
for (const workers of [1, 2]) {
  // The rate of an archive is that of its records after the first: a run of N records and one
  // of 2N differ by N records, not by start-up, each worker's JIT warm-up or the last tasks' tail.
  const short = await fastestOf(input, workers)
  const long = await fastestOf(double, workers)
  const added = long.records - short.records
  const marginal = added / Math.max(0.001, long.seconds - short.seconds)
  rates.push(marginal)
  cpuPerRecord.push((long.cpuSeconds - short.cpuSeconds) / added)
  batchRows.push([
    `${workers} worker${workers === 1 ? '' : 's'}`, short.seconds, long.records, long.seconds, long.records / long.seconds, marginal,
    ((long.cpuSeconds - short.cpuSeconds) * 1e6) / added, long.peakRssMb,
  ])
}
printTable(`Batch CLI (built package, JSONL → /dev/null, runs of ${BATCH_RECORDS} and ${2 * BATCH_RECORDS} records, fastest of ${BATCH_REPEATS})`, [
  '', `${BATCH_RECORDS} records s`, 'records', 'seconds', 'articles/s (whole run)', 'articles/s (added records)', 'CPU µs/added article', 'peak RSS MB',
], [...batchRows, ['2 workers / 1 worker', '', '', '', `${((batchRows[1]![4] as number) / (batchRows[0]![4] as number)).toFixed(2)}×`, `${(rates[1]! / rates[0]!).toFixed(2)}×`, `${(cpuPerRecord[1]! / cpuPerRecord[0]!).toFixed(2)}×`, '']])
rmSync(dir, { recursive: true, force: true })

const memory = process.env.BENCH_MEMORY === '0' ? null : await memoryBench({ build: false })

printTable('Targets', ['target', 'measured', 'met'], [
  ['analyze() ≥ 2,500 articles/s on one core', Math.round(analyze.articlesPerSecond), analyze.articlesPerSecond >= 2500 ? 'yes' : 'NO'],
  ['analyze() ≥ 50% of the bare parse', `${(ratio * 100).toFixed(0)}%`, ratio >= 0.5 ? 'yes' : 'NO'],
  ['batch 2 workers ≥ 1.7× 1 worker', `${(rates[1]! / rates[0]!).toFixed(2)}×`, rates[1]! / rates[0]! >= 1.7 ? 'yes' : 'NO'],
  ['peak RSS ≤ 300 MB on a 1 GB JSONL', memory === null ? 'skipped' : `${Math.round(memory.peakRssMb)} MB`, memory === null ? '' : memory.peakRssMb <= 300 ? 'yes' : 'NO'],
])
console.log(`\nbench process peak RSS: ${Math.round(peakRssMb())} MB`)
