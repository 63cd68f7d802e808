import type { VFile } from 'vfile'
import type { VnState } from './state.js'

/** The shared state of a file, created by the prepare stage. */
export function stateOf(file: VFile): VnState {
  const state = file.data.vn
  if (state === undefined) {
    throw new Error('vn-admin-news: a stage ran before `vnPrepare`; use the `vnAdminNews` plugin')
  }
  return state
}
