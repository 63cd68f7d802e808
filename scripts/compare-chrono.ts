/**
 * `npm run compare:chrono -- [DIR]`: scores chrono-node's Vietnamese parser (`chrono.vi`) on the
 * date fields of the gold corpus (published, event.date, event.partOfDay) with the scorer of
 * `npm run eval`, beside `analyze`. Dev-only: chrono-node is a devDependency.
 *
 * A fair reading of chrono: it is given the same article parts as ours (the date line for the
 * publication date, the lead — or the first paragraph — for the event date), the same event
 * frame (an event wherever ours has one), and only its results whose day is certain count. The
 * publication date it found is its reference for the event date, as ours is; a year it could
 * only guess without one is left out (`--MM-DD`), as ours is. Its part of day comes from the hour
 * or meridiem of the event result or of a part-of-day result right before it ("Chiều ngày …").
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as chrono from 'chrono-node'
import { analyze } from '../src/analyze.js'
import type { Gold } from '../src/eval/gold.js'
import { emptyScores, prf, scoreArticle, type Scores } from '../src/eval/score.js'
import type { ArticleAnalysis, DateMention, Part, PartOfDay } from '../src/types.js'

const FIELDS = ['published', 'event.date', 'event.partOfDay'] as const

type ChronoResult = chrono.ParsedResult

const pad = (n: number) => String(n).padStart(2, '0')

/** chrono's day as an ISO date; without a certain year and no reference, the year is left out. */
function isoOf(result: ChronoResult, yearKnown: boolean): string {
  const { start } = result
  const year = yearKnown || start.isCertain('year') ? String(start.get('year')) : '-'
  return `${year}-${pad(start.get('month') ?? 1)}-${pad(start.get('day') ?? 1)}`
}

function partOfDayOf(result: ChronoResult): PartOfDay | null {
  const { start } = result
  const hour = start.get('hour')
  const meridiem = start.get('meridiem')
  // chrono puts a default hour of 12 on plain dates: only a known hour or meridiem says anything.
  if (hour !== null && (start.isCertain('hour') || hour !== 12)) {
    if (hour >= 4 && hour < 11) return 'morning'
    if (hour >= 11 && hour < 13) return 'noon'
    if (hour >= 13 && hour < 18) return 'afternoon'
    if (hour >= 18 && hour < 22) return 'evening'
    return 'night'
  }
  if (meridiem === 0) return 'morning'
  if (meridiem === 1) return 'afternoon'
  return null
}

function mention(text: string, offset: number, result: ChronoResult, value: string, role: DateMention['role'], partOfDay: PartOfDay | null): DateMention {
  const start = offset + result.index
  return { text: result.text, span: { start, end: start + result.text.length }, value, precision: 'day', end: null, partOfDay, role }
}

/** The first result whose day is certain. */
function firstCertainDay(results: ChronoResult[]): ChronoResult | undefined {
  return results.find((result) => result.start.isCertain('day') && result.start.isCertain('month'))
}

/** What chrono reads from one article, in the shape the scorer takes; `ours` lends the parts and the event frame. */
function chronoAnalysis(text: string, ours: ArticleAnalysis): ArticleAnalysis {
  const dateline = ours.parts.find((part) => part.kind === 'dateline')
  let published: DateMention | null = null
  let reference: Date | undefined
  if (dateline !== undefined) {
    const found = firstCertainDay(chrono.vi.parse(dateline.text))
    if (found !== undefined) {
      published = mention(text, dateline.span.start, found, isoOf(found, false), 'published', null)
      if (found.start.isCertain('year')) reference = new Date(found.start.get('year')!, found.start.get('month')! - 1, found.start.get('day')!, 12)
    }
  }
  let eventDate: DateMention | null = null
  const leadAt = ours.parts.findIndex((part) => part.kind === 'lead')
  const blocks = [ours.parts[leadAt], ours.parts.find((part, i) => part.kind === 'paragraph' && i > leadAt)].filter(
    (part): part is Part => part !== undefined,
  )
  for (const block of blocks) {
    const results = chrono.vi.parse(block.text, reference)
    const found = firstCertainDay(results)
    if (found === undefined) continue
    const before = results.filter((r) => r.index + r.text.length <= found.index && found.index - (r.index + r.text.length) <= 6).pop()
    const partOfDay = partOfDayOf(found) ?? (before === undefined ? null : partOfDayOf(before))
    eventDate = mention(text, block.span.start, found, isoOf(found, reference !== undefined), 'event', partOfDay)
    break
  }
  return {
    ...ours,
    publishedDate: published,
    dates: [published, eventDate].filter((d): d is DateMention => d !== null),
    event: ours.event === null ? null : { ...ours.event, date: eventDate },
  }
}

function row(scores: Scores, field: string): string[] {
  const score = scores.fields.get(field)!
  const { precision, recall, f1 } = prf(score)
  return [precision.toFixed(3), recall.toFixed(3), f1.toFixed(3), `${score.tp}/${score.fp}/${score.fn}`]
}

const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? '../shared/corpus/articles'
const ours = emptyScores()
const theirs = emptyScores()
let articles = 0
for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
  const id = name.slice(0, -'.json'.length)
  let text: string
  try {
    text = readFileSync(join(dir, `${id}.txt`), 'utf8')
  } catch {
    continue
  }
  const gold = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Gold
  const analysis = analyze(text)
  scoreArticle(ours, { ...gold, id: gold.id ?? id }, analysis)
  scoreArticle(theirs, { ...gold, id: gold.id ?? id }, chronoAnalysis(text, analysis))
  articles++
}

const header = ['field', 'ours P', 'R', 'F1', 'tp/fp/fn', 'chrono P', 'R', 'F1', 'tp/fp/fn']
const rows = [header, ...FIELDS.map((field) => [field, ...row(ours, field), ...row(theirs, field)])]
const widths = header.map((_, column) => Math.max(...rows.map((r) => r[column]!.length)))
console.log(`${articles} articles in ${dir}: vn-admin-news vs chrono-node ${chrono.vi ? '(vi)' : ''}\n`)
for (const r of rows) console.log(r.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  '))
if (!process.argv.includes('--no-misses')) {
  for (const [who, scores] of [['ours', ours], ['chrono', theirs]] as const) {
    const misses = scores.misses.filter((miss) => (FIELDS as readonly string[]).includes(miss.field))
    console.log(`\n${who}: ${misses.length} misses`)
    for (const miss of misses) console.log(`  ${miss.article}  ${miss.field.padEnd(15)}  expected ${miss.expected ?? '∅'}  got ${miss.got ?? '∅'}`)
  }
}
