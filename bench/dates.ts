import * as chrono from 'chrono-node'
import retextLatin from 'retext-latin'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { findDates } from '../src/dates/index.js'
import { vnParts } from '../src/parts/index.js'
import { vnPrepare } from '../src/prepare.js'
import type { Part, Span } from '../src/types.js'
import { benchCorpus } from './corpus.js'
import { printTable, quantile } from './table.js'

/** One row of the date bench. */
export interface DateBenchRow {
  name: string
  articlesPerSecond: number
  usPerArticle: number
  /** CPU time per article: steadier than the wall clock on a busy machine. */
  cpuUsPerArticle: number
  p99: number
  datesPerArticle: number
}

interface Prepared {
  text: string
  parts: Part[]
  sentences: Span[]
}

const before = unified().use(retextLatin).use(vnPrepare).use(vnParts).freeze()

/** The normalised text, parts and sentences the date stage reads, made outside the timed loop. */
function prepare(text: string): Prepared {
  const file = new VFile({ value: text })
  before.runSync(before.parse(file), file)
  const state = file.data.vn!
  return { text: state.text, parts: state.result.parts, sentences: state.sentences }
}

function measure(name: string, inputs: readonly Prepared[], run: (input: Prepared) => number): DateBenchRow {
  // A whole pass first: V8 compiles the regular expressions and functions to native code as they get hot.
  for (const input of inputs) run(input)
  const times: number[] = []
  let found = 0
  const cpu = process.cpuUsage()
  const started = performance.now()
  for (const input of inputs) {
    const t = performance.now()
    found += run(input)
    times.push(performance.now() - t)
  }
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  times.sort((a, b) => a - b)
  return {
    name,
    articlesPerSecond: (inputs.length * 1000) / ms,
    usPerArticle: (ms * 1000) / inputs.length,
    cpuUsPerArticle: (used.user + used.system) / inputs.length,
    p99: quantile(times, 0.99) * 1000,
    datesPerArticle: found / inputs.length,
  }
}

/**
 * The date stage's own cost per article (`findDates` on the text, parts and sentences the
 * earlier stages give it) beside chrono-node's Vietnamese parser on the same normalised texts.
 * Prints a table and returns its rows. `texts`: the articles; default, the bench corpus.
 */
export default async function benchDates(texts?: readonly string[]): Promise<DateBenchRow[]> {
  const articles = texts ?? benchCorpus(Number(process.env.BENCH_DATE_ARTICLES ?? 2000))
  const inputs = articles.map(prepare)
  const reference = new Date(2024, 0, 15, 12)
  const rows = [
    measure('vn-admin-news date stage', inputs, (input) => findDates(input.text, { parts: input.parts, sentences: input.sentences }).dates.length),
    measure('chrono-node (vi), whole text', inputs, (input) => chrono.vi.parse(input.text, reference).length),
  ]
  printTable(`Dates: the date stage beside chrono-node on the same ${inputs.length} texts (one core)`, ['', 'articles/s', 'µs/article', 'CPU µs/article', 'p99 µs', 'dates/article'], rows.map((r) => [
    r.name,
    r.articlesPerSecond,
    r.usPerArticle,
    r.cpuUsPerArticle,
    r.p99,
    r.datesPerArticle,
  ]))
  return rows
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDates()
