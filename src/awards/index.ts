import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { stateOf } from '../stage.js'
import type { Part } from '../types.js'
import { anchorsOf } from './anchors.js'
import { parseConferrals, type Conferral } from './conferral.js'
import { awardTotals, mergeConferrals, newInCaptions } from './merge.js'

export { parseCount } from './number.js'

/** Parts that state no conferral of their own: headlines repeat the body, the rest is chrome. */
const skipped = new Set<Part['kind']>(['title', 'repeated-title', 'dateline', 'byline', 'source'])

/**
 * retext plugin: fills `awards` (one per form and issuer, with the counts of collectives and
 * individuals and the reason) and `awardTotals`.
 */
export function vnAwards() {
  return function (_tree: Root, file: VFile): void {
    const { text, result } = stateOf(file)
    const parts = result.parts.length > 0 ? result.parts : [{ kind: 'paragraph' as const, text, span: { start: 0, end: text.length } }]
    const conferrals: Conferral[] = []
    // Anchors are looked up only inside the parts read: the title and dateline before the first
    // of them are not scanned.
    let from = text.length
    for (const part of parts) if (!skipped.has(part.kind) && part.span.start < from) from = part.span.start
    const anchors = anchorsOf(text, from)
    const fromCaptions: Conferral[] = []
    for (const part of parts) {
      if (skipped.has(part.kind)) continue
      parseConferrals(text, part.span.start, part.span.end, anchors, part.kind === 'caption' ? fromCaptions : conferrals)
    }
    if (fromCaptions.length > 0) conferrals.push(...newInCaptions(conferrals, fromCaptions))
    result.awards = mergeConferrals(conferrals, text)
    result.awardTotals = awardTotals(result.awards)
  }
}
