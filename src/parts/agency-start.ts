import agencyHeads from '../../dictionaries/agency-heads.json' with { type: 'json' }

const agencyStart = new RegExp(
  `^(?:${[...agencyHeads]
    .sort((a, b) => b.length - a.length)
    .map((head) => head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?!\\p{L})`,
  'iu',
)

/** Whether `text` begins with an agency head ("Sở", "Văn phòng", "UBND", "Báo", …). */
export function startsWithAgency(text: string): boolean {
  return agencyStart.test(text)
}
