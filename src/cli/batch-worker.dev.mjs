// Worker entry when the library runs from its TypeScript sources (tests, `npm run bench`):
// loads batch-worker.ts through tsx. The built package uses dist/batch-worker.js instead.
import { tsImport } from 'tsx/esm/api'

const worker = await tsImport('./batch-worker.ts', import.meta.url)

export default worker.default
