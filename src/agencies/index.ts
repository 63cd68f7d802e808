import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { stateOf } from '../stage.js'

/** retext plugin: agencies (not built yet; leaves the field empty). */
export function vnAgencies() {
  return function (_tree: Root, file: VFile): void {
    stateOf(file)
  }
}
