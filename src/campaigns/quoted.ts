import data from '../../dictionaries/campaigns.json' with { type: 'json' }

/** A candidate campaign: where its name is and what kind of campaign introduces it. */
export interface CampaignCandidate {
  /** The name's span (without quotes). */
  start: number
  end: number
  /** The mention's span (quotes and head words included). */
  mentionStart: number
  mentionEnd: number
  kind: string
  /** Text around the name where its year and edition may be written. */
  context: string
}

const alternation = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).join('|')

const triggers = new RegExp(`(?<!\\p{L})(${alternation(data.triggers)})(?!\\p{L})`, 'giu')
const themeBefore = new RegExp(`(?<!\\p{L})(?:với\\s)?(?:${alternation(data.themeWords)})\\s{0,2}$`, 'iu')
const excludedBefore = new RegExp(`(?<!\\p{L})(?:${alternation(data.notCampaignBefore)})\\s{0,2}$`, 'iu')
const excludedStart = new RegExp(`^(?:${alternation(data.notCampaignStart)})(?!\\p{L})`, 'iu')
const contestStart = /^(?:Hội thi|Cuộc thi)(?!\p{L})/iu
const quoted = /"([^"\n]{3,240})"/gu
const sentenceBreak = /[.!?]\s/gu

/**
 * Quoted names in a sentence that speaks of a campaign ("phong trào thi đua", "cuộc vận động",
 * "cuộc thi", "chuyên đề", …): the name is the text inside the quotes. A quote right after a
 * word that names something else ("Quỹ", "Huy hiệu", "danh hiệu", "Cờ") is not a campaign, nor a
 * bare event theme ("Với chủ đề …") with no campaign word before it.
 */
export function findQuoted(text: string, from: number, to: number): CampaignCandidate[] {
  const found: CampaignCandidate[] = []
  const segment = text.slice(from, to)
  for (const match of segment.matchAll(quoted)) {
    const name = match[1]!
    if (!/\s/u.test(name.trim()) || excludedStart.test(name)) continue
    const start = from + match.index + 1
    const windowStart = Math.max(0, match.index - 600)
    const before = segment.slice(windowStart + sentenceStartIn(segment.slice(windowStart, match.index)), match.index)
    if (excludedBefore.test(before)) continue
    let kind: string | null = null
    for (const trigger of before.matchAll(triggers)) kind = trigger[1]!.toLowerCase()
    if (themeBefore.test(before) && (kind === null || kind === 'thi đua' || kind === 'chuyên đề')) continue
    if (contestStart.test(name)) kind = name.slice(0, name.indexOf(' ')).toLowerCase() === 'hội' ? 'hội thi' : 'cuộc thi'
    if (kind === null) continue
    if (kind === 'thi đua' || kind === 'chuyên đề') kind = 'phong trào thi đua'
    const after = text.slice(start + name.length + 1, Math.min(to, start + name.length + 40))
    found.push({
      start,
      end: start + name.length,
      mentionStart: start - 1,
      mentionEnd: start + name.length + 1,
      kind,
      context: `${before.slice(-40)} ${name} ${after}`,
    })
  }
  return found
}

/** Where the last sentence of `before` starts. */
function sentenceStartIn(before: string): number {
  let start = 0
  for (const match of before.matchAll(sentenceBreak)) start = match.index + match[0].length
  return start
}
