/**
 * Adversarial inputs: the time of `analyze()` on an input of length L and of 10×L, and the
 * growth ratio. Linear code grows about ×10; the bound is ×12. Run alone with
 * `npx tsx bench/adversarial.ts`; `npm run bench` calls {@link adversarialBench}.
 */
import { fork } from 'node:child_process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { analyze } from '../src/index.js'
import { printTable } from './table.js'

/** The bound of the issue: 10× the input may cost at most 12× the time. */
export const MAX_GROWTH = 12

export interface AdversarialRow {
  name: string
  /** Characters of the short input (L). */
  length: number
  /** Milliseconds for L and for 10×L (best of the runs); `null` when 10×L ran out of time. */
  ms: number
  ms10: number | null
  /** `ms10 / ms`; at least this much when 10×L ran out of time. */
  growth: number
}

/** A measurement that passes this is stopped: the growth is then at least limit / ms. */
const TIME_LIMIT_MS = Number(process.env.BENCH_ADVERSARIAL_LIMIT_MS ?? 120_000)

interface Case {
  name: string
  /** The input of about `length` characters. */
  make: (length: number) => string
  /** L; the long input is 10×L. */
  length: number
}

/** `unit` repeated to `length` characters. */
const fill = (unit: string) => (length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)

const sentence =
  'Sáng 12/01/2024, Ủy ban nhân dân tỉnh Kon Tum tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023; ' +
  'Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể và 12 cá nhân theo Quyết định số 123/QĐ-UBND ngày 10/01/2024. '

/** L of most cases; `BENCH_ADVERSARIAL_L` sets it (small L is sensitive to caches and GC). */
const L = Number(process.env.BENCH_ADVERSARIAL_L ?? 10_000)

export const CASES: readonly Case[] = [
  { name: '"Bằng khen cho " repeated', make: fill('Bằng khen cho '), length: L },
  { name: '"Bằng khen của Chủ tịch UBND tỉnh cho " repeated', make: fill('Bằng khen của Chủ tịch UBND tỉnh cho '), length: L },
  { name: 'unmatched quotes: "\\"Đoàn kết " repeated', make: fill('"Đoàn kết '), length: L },
  { name: 'unmatched curly quotes: "“phong trào " repeated', make: fill('“phong trào '), length: L },
  { name: '"1/1/1/1/…"', make: fill('1/'), length: L },
  { name: '"12/01/2024 " repeated', make: fill('12/01/2024 '), length: L },
  { name: '"Sở Sở Sở …"', make: fill('Sở '), length: L },
  { name: '"Ủy ban nhân dân tỉnh " repeated', make: fill('Ủy ban nhân dân tỉnh '), length: L },
  { name: '"ông Nguyễn Văn " repeated', make: fill('ông Nguyễn Văn '), length: L },
  { name: '"Tham dự có đồng chí " repeated', make: fill('Tham dự có đồng chí '), length: L },
  { name: '"Quyết định số " repeated', make: fill('Quyết định số '), length: L },
  { name: '"(" repeated', make: fill('('), length: L },
  { name: 'tabs and spaces only', make: fill('\t '), length: L },
  { name: '"Theo" + a run of tabs', make: (length) => `Theo${'\t'.repeat(length - 4)}.`, length: L },
  { name: '"Ảnh:" + a run of tabs + ":"', make: (length) => `Ảnh:${'\t'.repeat(length - 5)}:`, length: L },
  { name: 'a line break every char', make: fill('a\n'), length: L },
  { name: 'combining marks flood ("a" + U+0301 …)', make: (length) => `a${'\u0301'.repeat(length - 1)}`, length: L },
  { name: 'mixed marks on every letter (NFD)', make: fill('a\u0302\u0301 '), length: L },
  { name: 'TCVN3 mojibake repeated', make: fill('Uû ban nh©n d©n tØnh tæ chøc Héi nghÞ. '), length: L },
  { name: 'VNI mojibake repeated', make: fill('UÛy ban nhaân daân tænh toå chöùc Hoäi nghò. '), length: L },
  { name: 'a 2 MB single line (an article without line breaks)', make: fill(sentence), length: 200_000 },
]

/**
 * Milliseconds per run of `analyze(input)` over `runs` consecutive runs: 10 runs of L are the
 * work of one run of 10×L, so the garbage collections they cause are counted alike (the best
 * single run of L would leave its collection to the next run).
 */
function timeBatch(input: string, runs: number): number {
  const start = performance.now()
  for (let i = 0; i < runs; i++) analyze(input)
  return (performance.now() - start) / runs
}

/** Best of `runs` timings of `analyze(input)` in milliseconds. */
function time(input: string, runs: number): number {
  let best = Number.POSITIVE_INFINITY
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    analyze(input)
    best = Math.min(best, performance.now() - start)
  }
  return best
}

/** Rounds of the interleaved measurement; a 10×L run that takes longer than this many ms ends them. */
const ROUNDS = 5
const LONG_RUN_MS = 3000

/**
 * In the child: warm up on L and report L's time, then time 10×L and report it. Both sizes are
 * warmed up (the JIT compiles the code paths only a long input reaches during the first 10×L
 * runs: timing those would measure compilation), then timed in alternating rounds (10 runs of
 * L, then one run of 10×L), each keeping its best, so a change in the machine's load
 * during the case shows in both, not in one of them.
 */
function measureCase(index: number, send: (ms: number) => void): void {
  const { make, length } = CASES[index]!
  const short = make(length)
  time(short, 3)
  let ms = timeBatch(short, 10)
  send(ms)
  const long = make(length * 10)
  let ms10 = time(long, 1)
  for (let round = 0; round < ROUNDS && ms10 < LONG_RUN_MS; round++) {
    ms = Math.min(ms, timeBatch(short, 10))
    ms10 = Math.min(ms10, time(long, 1))
  }
  send(ms)
  send(ms10)
}

/**
 * Times one case in a child process (with this process's loader flags, so tsx works there too),
 * so that a super-linear case can be stopped: 10×L gets `TIME_LIMIT_MS` or 30 times L's time,
 * whichever is longer, and is `null` when it needs more.
 */
function timeInChild(index: number): Promise<{ ms: number; ms10: number | null; limit: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [], {
      execArgv: process.execArgv,
      env: { ...process.env, VN_ADVERSARIAL_CASE: String(index) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    let ms: number | null = null
    let final: number | null = null
    let limit = TIME_LIMIT_MS
    let timer = setTimeout(() => stop(), limit)
    const stop = () => {
      child.kill()
      resolve({ ms: ms ?? TIME_LIMIT_MS, ms10: null, limit })
    }
    child.on('message', (value) => {
      clearTimeout(timer)
      if (ms === null) {
        ms = value as number
        limit = Math.max(TIME_LIMIT_MS, ms * 30)
        timer = setTimeout(stop, limit)
        return
      }
      if (final === null) {
        final = value as number
        return
      }
      child.kill()
      resolve({ ms: final, ms10: value as number, limit })
    })
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

/** Measures every case; prints the table when `print` is set. */
export async function adversarialBench(print = true): Promise<AdversarialRow[]> {
  const rows: AdversarialRow[] = []
  for (const [index, { name, length }] of CASES.entries()) {
    const { ms, ms10, limit } = await timeInChild(index)
    rows.push({ name, length, ms, ms10, growth: (ms10 ?? limit) / ms })
  }
  if (print) {
    printTable(
      `Adversarial inputs: analyze() on L and 10×L chars (growth bound ×${MAX_GROWTH})`,
      ['input', 'L chars', 'ms at L', 'ms at 10×L', 'growth', ''],
      rows.map((row) => [
        row.name,
        row.length,
        row.ms,
        row.ms10 ?? 'stopped',
        `${row.ms10 === null ? '>' : ''}×${row.growth.toFixed(1)}`,
        row.growth > MAX_GROWTH ? 'OVER' : 'ok',
      ]),
    )
  }
  return rows
}

export default adversarialBench

const child = process.env.VN_ADVERSARIAL_CASE
if (child !== undefined && process.send !== undefined) {
  measureCase(Number(child), (ms) => process.send!(ms))
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await adversarialBench()
}
