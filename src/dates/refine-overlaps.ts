import { sortSmall } from '../sort.js'
import type { Candidate } from './candidate.js'

/**
 * Sorts candidates and keeps, of any overlapping ones, the longest: "10-12/01/2024" over
 * "12/01/2024", "6 tháng đầu năm 2024" over "năm 2024", "15/8 âm lịch" over "15/8". Sorts
 * `candidates` in place (the caller's own list).
 */
export function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = sortSmall(candidates, byPlace)
  const kept: Candidate[] = []
  for (const c of sorted) {
    const last = kept[kept.length - 1]
    if (last === undefined || c.start >= last.end) kept.push(c)
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c
  }
  return kept
}

function byPlace(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - a.end
}
