import type { ArticleAnalysis } from '../types.js'
import type { Gold } from './gold.js'
import { normalizeName } from './normalize-name.js'

/** Counts of one field over a corpus. */
export interface FieldScore {
  tp: number
  fp: number
  fn: number
}

/** A difference between gold and output. */
export interface Miss {
  article: string
  field: string
  expected: string | null
  got: string | null
}

/** The scores of a run, per field, and every miss. */
export interface Scores {
  fields: Map<string, FieldScore>
  misses: Miss[]
}


/** Scalar fields: one value or none. */
const scalarFields: Record<string, { gold: (g: Gold) => string | null; got: (a: ArticleAnalysis) => string | null }> = {
  title: { gold: (g) => normalizeName(g.title), got: (a) => normalizeName(a.title?.text) },
  location: { gold: (g) => normalizeName(g.location), got: (a) => normalizeName(a.location?.name) },
  published: { gold: (g) => g.published ?? null, got: (a) => a.publishedDate?.value ?? null },
  'event.kind': { gold: (g) => normalizeName(g.event?.kind), got: (a) => normalizeName(a.event?.kind) },
  'event.name': { gold: (g) => normalizeName(g.event?.name), got: (a) => normalizeName(a.event?.name) },
  'event.date': { gold: (g) => g.event?.date ?? null, got: (a) => datedValue(a.event?.date?.value) },
  'event.partOfDay': { gold: (g) => g.event?.partOfDay ?? null, got: (a) => a.event?.date?.partOfDay ?? null },
  organizer: { gold: (g) => normalizeName(g.organizer), got: (a) => normalizeName(a.organizer?.name) },
  issuingAgency: { gold: (g) => normalizeName(g.issuingAgency), got: (a) => normalizeName(a.issuingAgency?.name) },
  'author.name': { gold: (g) => normalizeName(g.author?.name), got: (a) => normalizeName(a.author?.name) },
  'author.agency': { gold: (g) => normalizeName(g.author?.agency), got: (a) => normalizeName(a.author?.agency) },
}

/** A date without a year ("--09-21": "sáng 21/9" with no year anywhere) dates nothing. */
function datedValue(value: string | undefined): string | null {
  return value === undefined || value.startsWith('--') ? null : value
}

const count = (n: number | null | undefined) => (n === null || n === undefined ? '-' : String(n))

/** List fields: compared one-to-one as multisets. */
const listFields: Record<string, { gold: (g: Gold) => string[]; got: (a: ArticleAnalysis) => string[] }> = {
  attendees: {
    gold: (g) => (g.attendees ?? []).map((x) => normalizeName(x) ?? ''),
    got: (a) => a.attendees.map((x) => normalizeName(x.text) ?? ''),
  },
  people: {
    gold: (g) => (g.people ?? []).map((x) => normalizeName(x.name) ?? ''),
    got: (a) => a.people.map((x) => normalizeName(x.name) ?? ''),
  },
  awards: {
    gold: (g) =>
      (g.awards ?? []).map(
        (x) => `${normalizeName(x.form)} | ${normalizeName(x.issuer) ?? '-'} | ${count(x.collectives)} | ${count(x.individuals)}`,
      ),
    got: (a) =>
      a.awards.map(
        (x) => `${normalizeName(x.form)} | ${normalizeName(x.issuer) ?? '-'} | ${count(x.collectives)} | ${count(x.individuals)}`,
      ),
  },
  'awards.counts': {
    gold: (g) => (g.awards ?? []).map((x) => `${normalizeName(x.form)} | ${count(x.collectives)} | ${count(x.individuals)}`),
    got: (a) => a.awards.map((x) => `${normalizeName(x.form)} | ${count(x.collectives)} | ${count(x.individuals)}`),
  },
  campaigns: {
    gold: (g) => (g.campaigns ?? []).map((x) => normalizeName(x) ?? ''),
    got: (a) => a.campaigns.map((x) => normalizeName(x.name) ?? ''),
  },
  documents: {
    gold: (g) => (g.documents ?? []).flatMap((x) => (x.number ? [documentNumber(x.number)] : [])),
    got: (a) => a.documents.flatMap((x) => (x.number ? [documentNumber(x.number)] : [])),
  },
}

/** The order fields are reported in. */
export const FIELDS = [...Object.keys(scalarFields), ...Object.keys(listFields)]

function documentNumber(number: string): string {
  return number.normalize('NFC').toUpperCase().replace(/\s+/g, '')
}

/** An empty score sheet. */
export function emptyScores(): Scores {
  return { fields: new Map(FIELDS.map((field) => [field, { tp: 0, fp: 0, fn: 0 }])), misses: [] }
}

/** Adds one article's comparison to `scores`. */
export function scoreArticle(scores: Scores, gold: Gold, got: ArticleAnalysis): void {
  for (const [field, { gold: g, got: a }] of Object.entries(scalarFields)) {
    const expected = g(gold)
    const actual = a(got)
    const score = scores.fields.get(field)!
    if (expected !== null && expected === actual) score.tp++
    else {
      if (expected !== null) score.fn++
      if (actual !== null) score.fp++
      if (expected !== null || actual !== null) scores.misses.push({ article: gold.id, field, expected, got: actual })
    }
  }
  for (const [field, { gold: g, got: a }] of Object.entries(listFields)) {
    const expected = g(gold)
    const actual = a(got)
    const score = scores.fields.get(field)!
    const left = [...actual]
    for (const item of expected) {
      const at = left.indexOf(item)
      if (at >= 0) {
        score.tp++
        left.splice(at, 1)
      } else {
        score.fn++
        scores.misses.push({ article: gold.id, field, expected: item, got: null })
      }
    }
    for (const item of left) {
      score.fp++
      scores.misses.push({ article: gold.id, field, expected: null, got: item })
    }
  }
}

/** Precision, recall and F1 of a field; 1 where nothing was expected nor found. */
export function prf(score: FieldScore): { precision: number; recall: number; f1: number } {
  const precision = score.tp + score.fp === 0 ? 1 : score.tp / (score.tp + score.fp)
  const recall = score.tp + score.fn === 0 ? 1 : score.tp / (score.tp + score.fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1 }
}

/** The score table as text, one row per field. */
export function formatTable(scores: Scores): string {
  const rows = [['field', 'P', 'R', 'F1', 'tp', 'fp', 'fn']]
  for (const [field, score] of scores.fields) {
    const { precision, recall, f1 } = prf(score)
    rows.push([field, precision.toFixed(3), recall.toFixed(3), f1.toFixed(3), String(score.tp), String(score.fp), String(score.fn)])
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)))
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')).join('\n')
}

