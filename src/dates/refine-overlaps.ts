import type { Candidate } from './candidate.js'

/**
 * Sorts candidates and keeps, of any overlapping ones, the longest: "10-12/01/2024" over
 * "12/01/2024", "6 tháng đầu năm 2024" over "năm 2024", "15/8 âm lịch" over "15/8". Sorts
 * `candidates` in place (the caller's own list).
 */
export function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = sortByPlace(candidates)
  const kept: Candidate[] = []
  for (const c of sorted) {
    const last = kept[kept.length - 1]
    if (last === undefined || c.start >= last.end) kept.push(c)
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c
  }
  return kept
}

/** Fewer candidates than this (an article has a dozen) are sorted by insertion, without the builtin sort's setup. */
const FEW = 32

/** Orders by start, the longest first at one start; stable, as `Array#sort`. In place. */
function sortByPlace(candidates: Candidate[]): Candidate[] {
  if (candidates.length > FEW) return candidates.sort(byPlace)
  for (let i = 1; i < candidates.length; i++) {
    const c = candidates[i]!
    let j = i - 1
    while (j >= 0 && byPlace(candidates[j]!, c) > 0) {
      candidates[j + 1] = candidates[j]!
      j--
    }
    candidates[j + 1] = c
  }
  return candidates
}

function byPlace(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end
}
