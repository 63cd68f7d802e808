/** Up to this many items, {@link sortSmall} sorts by insertion: an article's candidates are a few dozen at most. */
const INSERTION_MAX = 64

/**
 * `list` sorted in place, stably, as `Array.prototype.sort` sorts it: a few items by insertion
 * (no work array for the built-in sort to set up, which cost more than the sort), more by the
 * built-in sort.
 */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > INSERTION_MAX) return list.sort(compare)
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!
    let j = i - 1
    while (j >= 0 && compare(list[j]!, item) > 0) {
      list[j + 1] = list[j]!
      j--
    }
    list[j + 1] = item
  }
  return list
}
