/** Code units turned back into a string per call (an argument list has a size limit). */
const CHUNK = 8192

/** The string of `codes` (UTF-16 code units, lone surrogates kept as they are). */
export function stringOf(codes: Uint16Array): string {
  if (codes.length <= CHUNK) return String.fromCharCode.apply(null, codes as unknown as number[])
  const chunks: string[] = []
  for (let i = 0; i < codes.length; i += CHUNK) {
    chunks.push(String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]))
  }
  return chunks.join('')
}
