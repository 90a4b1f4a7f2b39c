/**
 * Applying a fix's edits to the pasted text. Edits are given in the original text's offsets, so
 * they are applied from the end backwards and never shift one another.
 */
import type { TextEdit } from './types'

/** Returns the text with the edits applied; overlapping edits are a caller error and throw. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset)
  let result = text
  let limit = text.length
  for (const edit of sorted) {
    if (edit.offset + edit.length > limit) throw new Error('Fix edits overlap')
    result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length)
    limit = edit.offset
  }
  return result
}
