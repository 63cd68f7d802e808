/** The index of the first offset in sorted `offsets` at or after `from` (`offsets.length` if none). */
export function firstAtOrAfter(offsets: ArrayLike<number>, from: number): number {
  let low = 0
  let high = offsets.length
  while (low < high) {
    const mid = (low + high) >> 1
    if (offsets[mid]! < from) low = mid + 1
    else high = mid
  }
  return low
}
