import data from '../../dictionaries/campaigns.json' with { type: 'json' }
import { QuoteContext } from './before.js'
import { NextIndex } from './words.js'

/** A candidate campaign: where its name is and what kind of campaign introduces it. */
export interface CampaignCandidate {
  /** The name's span (without quotes). */
  start: number
  end: number
  /** The mention's span (quotes and head words included). */
  mentionStart: number
  mentionEnd: number
  kind: string
  /**
   * Where the text around the name starts and ends, in which its year and edition may be written
   * ({@link contextOf}: read only for the names kept, not for every candidate of a flood).
   */
  contextStart: number
  contextEnd: number
  /** Written in quotes (a quoted name wins over an unquoted one it overlaps). */
  quoted: boolean
}

/** The text around a candidate's name; a quoted name's quotes read as spaces. */
export function contextOf(text: string, candidate: CampaignCandidate): string {
  if (!candidate.quoted) return text.slice(candidate.contextStart, candidate.contextEnd)
  const { start, end, mentionStart, mentionEnd, contextStart, contextEnd } = candidate
  return `${text.slice(contextStart, mentionStart)} ${text.slice(start, end)} ${text.slice(mentionEnd, contextEnd)}`
}

const alternation = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).join('|')
const longest = (list: readonly string[]) => Math.max(...list.map((item) => item.length))

const themeBefore = new RegExp(`(?<!\\p{L})(?:với\\s)?(?:${alternation(data.themeWords)})\\s{0,2}$`, 'iu')
const excludedBefore = new RegExp(`(?<!\\p{L})(?:${alternation(data.notCampaignBefore)})\\s{0,2}$`, 'iu')
/** The longest text the two patterns above can match ("với " + a theme word + two spaces). */
const themeLength = 4 + longest(data.themeWords) + 2
const excludedLength = longest(data.notCampaignBefore) + 2
const excludedStart = new RegExp(`^(?:${alternation(data.notCampaignStart)})(?!\\p{L})`, 'iu')
const contestStart = /^(?:Hội thi|Cuộc thi)(?!\p{L})/iu
const quoted = /"([^"\n]{3,240})"/gu
/** A cursor over the quotes of one text ({@link findQuoted} takes one per article). */
export function quoteCursor(): NextIndex {
  return new NextIndex('"')
}
/** What most parts hold: shared, so that a flood of parts keeps no list each (never changed). */
const none: CampaignCandidate[] = []

/**
 * Quoted names in a sentence that speaks of a campaign ("phong trào thi đua", "cuộc vận động",
 * "cuộc thi", "chuyên đề", …): the name is the text inside the quotes. A quote right after a
 * word that names something else ("Quỹ", "Huy hiệu", "danh hiệu", "Cờ") is not a campaign, nor a
 * bare event theme ("Với chủ đề …") with no campaign word before it. `quotes`: the article's
 * cursor, asked for the parts in order.
 */
export function findQuoted(text: string, from: number, to: number, quotes = quoteCursor()): CampaignCandidate[] {
  // A part with no quote costs no copy of it.
  const next = quotes.from(text, from)
  if (next === -1 || next >= to) return none
  const found: CampaignCandidate[] = []
  const segment = text.slice(from, to)
  const first = next - from
  const context = new QuoteContext(text, from, to)
  quoted.lastIndex = first
  for (let match = quoted.exec(segment); match !== null; match = quoted.exec(segment)) {
    const open = from + match.index
    const name = match[1]!
    if (!/\s/u.test(name.trim()) || excludedStart.test(name)) continue
    const start = open + 1
    const sentence = context.sentenceStart(open, Math.max(from, open - 600))
    let kind = context.lastTriggerBefore(sentence, open)
    const contest = contestStart.test(name)
    // Without a campaign word or a contest name nothing follows: the tests before the quote wait.
    if (kind === null && !contest) continue
    if (endsWith(text, sentence, open, excludedBefore, excludedLength)) continue
    if (endsWith(text, sentence, open, themeBefore, themeLength) && (kind === null || kind === 'thi đua' || kind === 'chuyên đề')) continue
    if (contest) kind = name.slice(0, name.indexOf(' ')).toLowerCase() === 'hội' ? 'hội thi' : 'cuộc thi'
    if (kind === null) continue
    if (kind === 'thi đua' || kind === 'chuyên đề') kind = 'phong trào thi đua'
    found.push({
      start,
      end: start + name.length,
      mentionStart: open,
      mentionEnd: start + name.length + 1,
      kind,
      contextStart: Math.max(sentence, open - 40),
      contextEnd: Math.min(to, start + name.length + 40),
      quoted: true,
    })
  }
  return found
}

/**
 * Whether `pattern` (anchored at the end, matching at most `length` chars) matches
 * `text[from, to)`: tested on its last `length` + 1 chars only, one more than a match can take
 * so that a look-behind sees the char before.
 */
function endsWith(text: string, from: number, to: number, pattern: RegExp, length: number): boolean {
  return pattern.test(text.slice(Math.max(from, to - length - 1), to))
}
