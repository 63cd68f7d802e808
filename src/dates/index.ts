import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { parseISO } from 'date-fns'
import { stateOf } from '../stage.js'
import type { DateMention, Part, Span } from '../types.js'
import type { Candidate } from './candidate.js'
import { findCueWords, type CueWords } from './cue-words.js'
import { toMention } from './format.js'
import { parseLunar } from './parse-lunar.js'
import { parseMonth } from './parse-month.js'
import { parseNumeric } from './parse-numeric.js'
import { parsePartOfDay } from './parse-part-of-day.js'
import { parseQuarter } from './parse-quarter.js'
import { parseRange } from './parse-range.js'
import { parseRelative } from './parse-relative.js'
import { parseTime } from './parse-time.js'
import { parseWeekday } from './parse-weekday.js'
import { parseWords } from './parse-words.js'
import { mergeNeighbours } from './refine-merge.js'
import { dropOverlaps } from './refine-overlaps.js'
import { mergeRanges } from './refine-range.js'
import { resolveCandidates, type WrittenDay } from './resolve.js'
import { assignRoles } from './roles.js'

/**
 * The parsers, one per written form; each returns candidates in text offsets. None scans the
 * text: each tries its sticky, case-insensitive regexes only where the one scan of the cue words
 * found its word or a run of digits.
 */
const parsers: ((text: string, cues: CueWords) => Candidate[])[] = [
  parseNumeric,
  parseWords,
  parseMonth,
  parseQuarter,
  parseRange,
  parseTime,
  parsePartOfDay,
  parseRelative,
  parseWeekday,
  parseLunar,
]

/** What {@link findDates} needs beside the text. */
export interface FindDatesOptions {
  /** ISO date that resolves year-less and relative dates; defaults to the date line's date. */
  referenceDate?: string | null
  /** The article's parts (`dateline`, `lead`, `title` give roles); none: every date is `other`. */
  parts?: Part[]
  /** Sentence spans, to borrow a year from a full date in the same sentence. */
  sentences?: Span[]
}

/** Every date of a text with its role, the published date, and what the reader should know. */
export interface DateFindings {
  dates: DateMention[]
  published: DateMention | null
  warnings: string[]
}

/**
 * Finds, resolves and types every date and time expression of `text`: parsers produce
 * candidates, refiners drop overlaps, merge parts of the day, times and weekdays into dates,
 * join ranges, resolve years, relative and lunar dates, validate with date-fns, assign roles.
 */
export function findDates(text: string, options: FindDatesOptions = {}): DateFindings {
  const parts = options.parts ?? []
  const dateline = parts.find((p) => p.kind === 'dateline')?.span ?? null
  const warnings: string[] = []
  const cues = findCueWords(text)
  const found: Candidate[] = []
  for (const parse of parsers) for (const c of parse(text, cues)) found.push(c)
  let candidates = dropOverlaps(found)
  candidates = mergeRanges(text, mergeNeighbours(text, candidates, dateline))
  const reference = options.referenceDate ? parseISO(options.referenceDate) : datelineDay(candidates, dateline)
  const resolved = resolveCandidates(candidates, { text, reference, sentences: options.sentences ?? [], dateline, warnings })
  const roles = assignRoles(text, resolved, parts)
  const dates = resolved.map((r, i) => toMention(text, r, roles[i]!))
  return { dates, published: dates.find((d) => d.role === 'published') ?? null, warnings: capped(warnings) }
}

/** The most date warnings one article gets; the rest are counted in one more. */
const MAX_WARNINGS = 10

function capped(warnings: string[]): string[] {
  if (warnings.length === 0) return warnings
  const unique = [...new Set(warnings)]
  if (unique.length <= MAX_WARNINGS) return unique
  return [...unique.slice(0, MAX_WARNINGS), `dates: ${unique.length - MAX_WARNINGS} more warnings like these`]
}

/** The first full date of the date line: the publication day, the default reference. */
function datelineDay(candidates: Candidate[], dateline: Span | null): WrittenDay | null {
  if (dateline === null) return null
  const c = candidates.find(
    (c) => c.kind === 'date' && c.start >= dateline.start && c.end <= dateline.end && c.year !== null && c.month !== null && c.day !== null && !c.lunar,
  )
  return c === undefined ? null : { year: c.year!, month: c.month!, day: c.day! }
}

/** retext plugin: fills `dates` and `publishedDate` (see {@link findDates}). */
export function vnDates() {
  return function (_tree: Root, file: VFile): void {
    const { text, result, options, sentences } = stateOf(file)
    try {
      const found = findDates(text, { referenceDate: options.referenceDate, parts: result.parts, sentences })
      result.dates = found.dates
      result.publishedDate = found.published
      result.warnings.push(...found.warnings)
    } catch (error) {
      result.warnings.push(`dates: skipped after an internal error (${error instanceof Error ? error.message : String(error)})`)
    }
  }
}
