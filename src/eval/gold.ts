/** One gold annotation file (`ID.json`), as `../shared/corpus/FORMAT.md` describes it. */
export interface Gold {
  id: string
  title?: string | null
  location?: string | null
  published?: string | null
  event?: {
    kind?: string | null
    name?: string | null
    date?: string | null
    partOfDay?: string | null
  } | null
  organizer?: string | null
  issuingAgency?: string | null
  author?: { name?: string | null; agency?: string | null } | null
  attendees?: string[]
  people?: { name: string; title?: string | null }[]
  awards?: { form: string; issuer?: string | null; collectives?: number | null; individuals?: number | null }[]
  campaigns?: string[]
  documents?: { number?: string | null; date?: string | null }[]
}
